using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConfLog.Diagnostics;
using FluentAssertions;
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
