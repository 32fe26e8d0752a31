using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConfLog.Writers;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Json;

// The README's "### JSON" section: its snippet is the code this test runs, and what it prints is true.
public sealed class ReadmeJsonTests
{
    [Fact]
    public void The_JSON_snippet_reads_the_document_back_and_serializes_the_same()
    {
        // The snippet writes with Console.WriteLine; a local named Console shadows the type so that the very same
        // lines write here.
        var Console = new StringWriter { NewLine = "\n" };

        // README:json:begin
        var log = ConferenceLog.Parse("Talk / Ann Lee(Acme)\n- a note\n- Q: why?\n- A: because\n");
        string json = log.ToJson();
        var read = ConferenceLog.FromJson(json);
        Console.WriteLine(read.ToJson() == json);
        Console.WriteLine($"{read.Talks[0].Speakers[0]} at {read.Talks[0].Speakers[0].Span}, source text: {read.Source.Text.Length} characters");
        Console.WriteLine(JsonSerializer.Serialize(log) == log.ToJson(indented: false));
        Console.WriteLine($"version {JsonWriter.Version}: {JsonDocument.Parse(JsonWriter.Schema).RootElement.GetProperty("$schema")}");
        // README:json:end

        Console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "True",
            "Ann Lee(Acme) at (1,8), source text: 0 characters",
            "True",
            "version 2: https://json-schema.org/draft/2020-12/schema");
    }

    [Fact]
    public void The_JSON_snippet_in_the_README_is_the_code_the_test_runs()
    {
        string readme = File.ReadAllText(Path.Combine(Root(), "README.md"));
        int at = readme.IndexOf("### JSON\n", StringComparison.Ordinal);
        at.Should().BeGreaterThan(0);
        string block = Regex.Match(readme.Substring(at), "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        string[] readmeLines = block.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("using ", StringComparison.Ordinal)).ToArray();

        string source = File.ReadAllText(ThisFile());
        string region = Regex.Match(source, @"// README:json:begin\n(.*?)\n\s*// README:json:end", RegexOptions.Singleline).Groups[1].Value;

        readmeLines.Should().Equal(region.Split('\n').Select(line => line.Trim()));
        readme.Substring(at).Should().Contain("\"version\": 2");
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConfLog.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("no ConfLog.slnx above " + AppContext.BaseDirectory);
    }
}
