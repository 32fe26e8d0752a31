using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConfLog.Diagnostics;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog check --format sarif`: a SARIF 2.1.0 log that code-scanning services accept.
public sealed class SarifFormatTests
{
    // Line 1: an impossible event date (error, quoting Japanese text); line 3: an answer before any question (warning);
    // line 4: a question no answer follows (info); line 5: month 13 (error).
    private const string FourDiagnostics =
        "- 2012-13-45 会場 10:00〜12:00\n" +
        "Talk / Someone(Uni)\n" +
        "- A: an answer first\n" +
        "- Q: 未回答?\n" +
        "[2012-13-45 25:61]\n";

    [Fact]
    public void The_log_of_a_file_with_every_severity_and_an_unreadable_file_is_valid_SARIF_2_1_0()
    {
        using var file = new TempFile(FourDiagnostics);

        var run = Cli.Run("check", file.Path, file.Path + ".missing", "--format", "sarif");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError, "a file could not be read, as in text");
        SarifSchema.Errors(run.Output).Should().BeEmpty();
    }

    [Fact]
    public void The_log_of_the_seed_has_no_results_and_is_valid_SARIF_2_1_0()
    {
        var run = Cli.Run("check", Cli.SeedPath, "--format", "sarif");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        SarifSchema.Errors(run.Output).Should().BeEmpty();
        using var sarif = JsonDocument.Parse(run.Output);
        Run(sarif).GetProperty("results").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void The_schema_rejects_a_log_that_breaks_it_so_the_validation_is_real()
    {
        using var file = new TempFile(FourDiagnostics);
        string valid = Cli.Run("check", file.Path, "--format", "sarif").Output;

        SarifSchema.Errors(valid.Replace("\"level\": \"note\"", "\"level\": \"info\"", StringComparison.Ordinal)).Should().NotBeEmpty();
        SarifSchema.Errors(valid.Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"", StringComparison.Ordinal)).Should().NotBeEmpty();
        SarifSchema.Errors(valid.Replace("\"startLine\": 3", "\"startLine\": 0", StringComparison.Ordinal)).Should().NotBeEmpty();
    }

    [Fact]
    public void Each_diagnostic_is_one_result_with_its_rule_level_message_and_region()
    {
        using var file = new TempFile(FourDiagnostics);

        var run = Cli.Run("check", file.Path, "--format", "sarif");

        run.ExitCode.Should().Be(ExitCodes.InputHasErrors);
        using var sarif = JsonDocument.Parse(run.Output);
        var results = Run(sarif).GetProperty("results").EnumerateArray().Select(r =>
        {
            var region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            return $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()} " +
                $"{region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()} {r.GetProperty("message").GetProperty("text").GetString()}";
        });
        results.Should().Equal(
            "CL0008 error 1,8 '- 2012-13-45 会場 10:00〜12:00' is not an event header: unexpected '13' in month, expected 01-12",
            "CL0003 warning 3,1 an answer with no question before it",
            "CL0004 note 4,1 a question that no answer follows",
            "CL0001 error 5,7 '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12");
    }

    [Fact]
    public void Every_ConfLog_code_is_a_rule_and_each_result_points_to_its_own()
    {
        using var file = new TempFile(FourDiagnostics);

        using var sarif = JsonDocument.Parse(Cli.Run("check", file.Path, "--format", "sarif").Output);

        var run = Run(sarif);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(DiagnosticCodes.All.Select(d => d.Code));
        rules.Select(r => r.GetProperty("shortDescription").GetProperty("text").GetString()).Should().Equal(DiagnosticCodes.All.Select(d => d.Meaning));
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
        }
    }

    [Fact]
    public void Files_are_relative_URIs_against_the_current_folder_and_resolve_to_the_file()
    {
        using var folder = new TempDirectory();
        string path = folder.Write("day 2/メモ#1.txt", "Talk / \n");

        using var sarif = JsonDocument.Parse(Cli.Run("check", path, "--format", "sarif").Output);

        var run = Run(sarif);
        var artifact = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        string uri = artifact.GetProperty("uri").GetString()!;
        Uri.IsWellFormedUriString(uri, UriKind.Relative).Should().BeTrue(uri);
        artifact.GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
        var root = new Uri(run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!);
        root.IsAbsoluteUri.Should().BeTrue();
        new Uri(root, uri).LocalPath.Should().Be(Path.GetFullPath(path));
    }

    [Fact]
    public void Standard_input_is_an_artifact_too_and_the_log_stays_valid()
    {
        var run = Cli.RunWithInput("Talk / \n", "check", "-", "--format", "sarif");

        SarifSchema.Errors(run.Output).Should().BeEmpty();
        using var sarif = JsonDocument.Parse(run.Output);
        Run(sarif).GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation")
            .GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("stdin");
    }

    [Fact]
    public void The_log_keeps_Japanese_text_as_it_is_written()
    {
        using var file = new TempFile(FourDiagnostics);

        var run = Cli.Run("check", file.Path, "--format", "sarif");

        run.Output.Should().Contain("会場").And.NotContain("\\u");
    }

    private static JsonElement Run(JsonDocument sarif)
    {
        sarif.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        return sarif.RootElement.GetProperty("runs").EnumerateArray().Should().ContainSingle().Subject;
    }
}
