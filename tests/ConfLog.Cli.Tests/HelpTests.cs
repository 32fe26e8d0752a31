using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `--help` on every command, and the exit codes documented on the root.
public sealed class HelpTests
{
    [Theory]
    [InlineData("outline", "outline <FILE>... [options]", "--no-color")]
    [InlineData("check", "check <PATH>... [options]", "--warnings-as-errors")]
    [InlineData("check", "check <PATH>... [options]", "--format <FORMAT>")]
    [InlineData("format", "format <FILE>... [options]", "--check")]
    [InlineData("convert", "convert <FILE> [options]", "--tz")]
    public void Every_command_has_help_naming_its_arguments_and_options(string command, string usage, string option)
    {
        var run = Cli.Run(command, "--help");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Contain(usage).And.Contain(option);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Root_help_lists_every_command_and_documents_the_exit_codes()
    {
        var run = Cli.Run("--help");

        run.Output.Should().Contain("parse <FILE>").And.Contain("outline <FILE>").And.Contain("check <PATH>")
            .And.Contain("format <FILE>").And.Contain("convert <FILE>")
            .And.Contain("Exit codes: 0 done; 1 the input has errors").And.Contain("2 usage error");
    }

    [Fact]
    public void Convert_help_lists_the_three_formats_and_the_output_option()
    {
        var run = Cli.Run("convert", "-h");

        run.Output.Should().Contain("markdown").And.Contain("json").And.Contain("ics").And.Contain("-o, --output");
    }

    [Theory]
    [InlineData("conflog [command] [options]")]
    [InlineData("conflog check <PATH>... [options]", "check")]
    [InlineData("conflog convert <FILE> [options]", "convert")]
    public void Usage_names_the_program_conflog_however_it_was_started(string usage, params string[] command)
    {
        // Under the tests, as under `dotnet run`, the executable is ConfLog.Cli: help must still say conflog.
        var run = Cli.Run([.. command, "--help"]);

        run.Output.Should().Contain("Usage:\n  " + usage + "\n").And.NotContain("ConfLog.Cli");
    }

    [Fact]
    public void Check_help_lists_the_three_report_formats_and_the_default()
    {
        var run = Cli.Run("check", "--help");

        run.Output.Should().Contain("text (").And.Contain("github (").And.Contain("sarif (").And.Contain("[default: text]");
    }
}
