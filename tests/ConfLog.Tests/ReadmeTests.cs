using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests;

// The README is documentation people paste from: its snippet must compile and run, its lists must be true.
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(FindReadme());

    [Fact]
    public void The_quick_start_snippet_is_the_code_this_test_runs()
    {
        string block = Regex.Match(Readme, "## Quick start.*?```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        string[] readmeLines = block.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).ToArray();

        string[] testLines = QuickStartSource();

        readmeLines.Should().Equal(testLines);
    }

    [Fact]
    public void The_quick_start_snippet_prints_the_schedule()
    {
        string output = RunQuickStart();

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(11);
        lines[0].Should().Be("2012-12-04 筑波大学: 10 talks");
        lines[1].Should().Be("10:10-10:40 BitVisorの現状と今後 / 品川高廣(東京大学), 0 Q/A");
        lines[2].Should().Be("10:40-11:34 準パススルー型VMM開発の難しいところ / 榮樂英樹(イーゲル), 6 Q/A");
        lines[10].Should().Be("17:18-17:47 TwitVisor / 島田恭平(筑波大学), 2 Q/A");
        Readme.Should().Contain(string.Join("\n", lines.Take(3))).And.Contain(lines[10]);
    }

    [Theory]
    [InlineData("### Dialects and line kinds of your own", "dialect")]
    [InlineData("### Streaming large archives", "stream")]
    public void Each_library_snippet_is_the_code_a_test_runs(string heading, string region)
    {
        int at = Readme.IndexOf(heading, StringComparison.Ordinal);
        at.Should().BeGreaterThan(0, "the README has the section {0}", heading);
        string block = Regex.Match(Readme.Substring(at), "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        string[] readmeLines = block.Split('\n').Where(l => l.Length > 0 && !IsUsingDirective(l)).ToArray();

        readmeLines.Should().Equal(Region(region));
    }

    [Fact]
    public void The_dialect_snippet_makes_a_todo_note()
    {
        // README:dialect:begin
        var todo = new LineRecognizer("todo",
            from marker in Parse.String("TODO:")
            from gap in TextRuns.Spaces
            from text in TextRuns.RestOfLine
            select text);
        var options = ConfLogOptions.Default with { Recognizers = [todo], BreakKeywords = ["Pause", "Mittag"] };
        var log = ConferenceLog.Parse("Talk / Ann\nTODO: send the slides", options);
        // log.Talks[0].Notes[0].Kind == "todo", and "noteKind": "todo" in the JSON
        // README:dialect:end

        log.Talks[0].Notes[0].Kind.Should().Be("todo");
        log.Talks[0].Notes[0].Text.Should().Be("send the slides");
        log.ToJson().Should().Contain("\"noteKind\": \"todo\"");
    }

    [Fact]
    public void The_streaming_snippet_reads_an_archive()
    {
        var Console = new StringWriter { NewLine = "\n" };
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        File.Copy(Path.Combine("seeds", "bitvisor-summit-2012.txt"), "archive.txt", overwrite: true);
        try
        {
            // README:stream:begin
            using var reader = File.OpenText("archive.txt");
            var stream = ConferenceLog.Stream(reader);
            foreach (var session in stream)
                Console.WriteLine($"{session.Start:yyyy-MM-dd HH:mm} {session.Kind}");
            Console.WriteLine($"{stream.Event?.Title}: {stream.Diagnostics.Count} diagnostics");
            // README:stream:end
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        string[] lines = Console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(15);
        lines[1].Should().Be("2012-12-04 10:10 Talk");
        lines[5].Should().Be("2012-12-04 12:09 Break");
        lines[^1].Should().Be(": 0 diagnostics");
    }

    [Fact]
    public void The_readme_lists_every_diagnostic_code_with_its_severity_and_meaning()
    {
        foreach (var descriptor in DiagnosticCodes.All)
        {
            Readme.Should().Contain($"| {descriptor.Code} | {descriptor.Severity.ToString().ToLowerInvariant()} | {descriptor.Meaning} |");
        }
    }

    [Fact]
    public void The_readme_opens_with_the_two_commands()
    {
        Readme.Should().Contain("```sh\ndotnet run --project src/ConfLog.Cli\ndotnet test\n```");
        Readme.IndexOf("dotnet run --project src/ConfLog.Cli", StringComparison.Ordinal).Should().BeLessThan(Readme.IndexOf("## ", StringComparison.Ordinal));
    }

    private static string RunQuickStart()
    {
        // The snippet writes with Console.WriteLine; a local named Console shadows the type so that the very
        // same lines write here instead of to the shared console.
        var Console = new StringWriter { NewLine = "\n" };
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        try
        {
            // README:begin
            var log = ConferenceLog.Load("seeds/bitvisor-summit-2012.txt");
            Console.WriteLine($"{log.Event.Date:yyyy-MM-dd} {log.Event.Venue}: {log.Talks.Length} talks");
            foreach (var talk in log.Talks)
            {
                string speakers = string.Join(", ", talk.Speakers);
                Console.WriteLine($"{talk.Start:HH:mm}-{talk.End:HH:mm} {talk.Title} / {speakers}, {talk.Exchanges.Length} Q/A");
            }
            // README:end
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        return Console.ToString();
    }

    private static bool IsUsingDirective(string line) =>
        line.StartsWith("using ", StringComparison.Ordinal) && !line.StartsWith("using var ", StringComparison.Ordinal);

    private static string[] Region(string name)
    {
        string source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "ConfLog.Tests", "ReadmeTests.cs"));
        string region = Regex.Match(source, $@"// README:{name}:begin\n(.*?)\n\s*// README:{name}:end", RegexOptions.Singleline).Groups[1].Value;
        string[] lines = region.Split('\n');
        int indent = lines[0].Length - lines[0].TrimStart().Length;
        return lines.Select(l => l.Length >= indent ? l.Substring(indent) : l.TrimStart()).ToArray();
    }

    private static string[] QuickStartSource()
    {
        string source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "ConfLog.Tests", "ReadmeTests.cs"));
        string region = Regex.Match(source, @"// README:begin\n(.*?)\n\s*// README:end", RegexOptions.Singleline).Groups[1].Value;
        return region.Split('\n').Select(l => l.Length >= 12 ? l.Substring(12) : l.TrimStart()).ToArray();
    }

    private static string FindReadme() => Path.Combine(RepositoryRoot(), "README.md");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConfLog.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with ConfLog.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
