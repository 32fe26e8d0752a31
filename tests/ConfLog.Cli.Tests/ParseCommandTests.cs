using System;
using System.IO;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog parse FILE [--json] [--strict]`: outline, file errors, strict mode, help and usage errors.
public sealed class ParseCommandTests
{
    // A talk whose notes contain a stamp with month 13, day 45, hour 25 and minute 61 on line 4.
    private const string BadStampLog =
        "- 2012-12-04 筑波大学 10:10〜17:50\n" +
        "Talk / Someone(Uni)\n" +
        "- a note\n" +
        "[2012-13-45 25:61]\n" +
        "- another note\n";

    [Fact]
    public void Parse_without_json_prints_the_same_outline_as_the_bundled_seed_and_exits_0()
    {
        var run = Cli.Run("parse", Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(RootCommandTests.SeedOutline);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Parse_without_json_names_the_file_in_the_outlines_diagnostics()
    {
        using var file = new TempFile(BadStampLog);

        var run = Cli.Run("parse", file.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().StartWith("Event 2012-12-04 筑波大学 10:10–17:50\n");
        run.Output.Should().Contain("  10:10*–??:??  Talk / Someone(Uni)  [2 notes, 0 Q/A, line 2]\n");
        run.Output.Should().Contain("Diagnostics: 1\n");
        run.Output.Should().Contain($"\n  {file.Path}(4,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_message_naming_the_path()
    {
        string path = Path.Combine(Path.GetTempPath(), $"conflog-cli-missing-{Guid.NewGuid():N}.txt");

        var run = Cli.Run("parse", path, "--json");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be($"conflog: cannot read '{path}': no such file.\n");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_file_in_a_missing_directory_exits_2_with_a_message_naming_the_path()
    {
        string path = Path.Combine(Path.GetTempPath(), $"conflog-cli-missing-{Guid.NewGuid():N}", "notes.txt");

        var run = Cli.Run("parse", path);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be($"conflog: cannot read '{path}': no such file.\n");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_directory_given_as_the_file_exits_2_and_says_it_is_a_directory()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"conflog-cli-dir-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            var run = Cli.Run("parse", directory);

            run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
            run.Error.Should().Be($"conflog: cannot read '{directory}': it is a directory, not a file.\n");
            run.Output.Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Fact]
    public void Strict_on_a_log_with_an_impossible_timestamp_exits_1_and_lists_the_diagnostics_on_the_error_writer()
    {
        using var file = new TempFile(BadStampLog);

        var run = Cli.Run("parse", file.Path, "--strict");

        run.ExitCode.Should().Be(ExitCodes.InputHasErrors);
        run.Error.Should().Be($"{file.Path}(4,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12\n");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Strict_with_json_on_a_log_with_errors_also_exits_1_and_prints_no_json()
    {
        using var file = new TempFile(BadStampLog);

        var run = Cli.Run("parse", "--strict", "--json", file.Path);

        run.ExitCode.Should().Be(ExitCodes.InputHasErrors);
        run.Error.Should().StartWith($"{file.Path}(4,7): error CL0001: ");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Strict_on_the_seed_which_has_no_errors_exits_0_and_prints_the_outline()
    {
        var run = Cli.Run("parse", Cli.SeedPath, "--strict");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(RootCommandTests.SeedOutline);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Without_strict_the_same_log_exits_0_and_its_json_lists_the_diagnostic_with_line_and_column()
    {
        using var file = new TempFile(BadStampLog);

        var run = Cli.Run("parse", file.Path, "--json");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Error.Should().BeEmpty();
        using var json = JsonDocument.Parse(run.Output);
        var diagnostics = json.RootElement.GetProperty("diagnostics");
        diagnostics.GetArrayLength().Should().Be(1);
        var diagnostic = diagnostics[0];
        diagnostic.GetProperty("severity").GetString().Should().Be("error");
        diagnostic.GetProperty("code").GetString().Should().Be("CL0001");
        diagnostic.GetProperty("span").GetProperty("line").GetInt32().Should().Be(4);
        diagnostic.GetProperty("span").GetProperty("column").GetInt32().Should().Be(7);
        diagnostic.GetProperty("message").GetString().Should().Be("'[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12");

        // The bad stamp ends nothing: the talk keeps its inferred start and has no end.
        var talk = json.RootElement.GetProperty("sessions")[0];
        talk.GetProperty("start").GetString().Should().Be("2012-12-04T10:10");
        talk.GetProperty("startInferred").GetBoolean().Should().BeTrue();
        talk.GetProperty("end").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_on_parse_exits_0_and_describes_the_file_argument_and_both_options(string option)
    {
        var run = Cli.Run("parse", option);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Contain("parse <FILE>... [options]")
            .And.Contain("--json").And.Contain("Print the parsed log as JSON")
            .And.Contain("--strict").And.Contain("Exit with 1");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_option_on_parse_exits_2_names_the_option_and_parses_nothing()
    {
        var run = Cli.Run("parse", Cli.SeedPath, "--yaml");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Contain("'--yaml'").And.Contain("conflog parse --help");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Parse_without_a_file_exits_2()
    {
        var run = Cli.Run("parse");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().StartWith("conflog: ").And.Contain("parse");
        run.Output.Should().BeEmpty();
    }
}
