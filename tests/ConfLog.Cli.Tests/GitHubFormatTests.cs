using System.IO;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog check --format github`: workflow commands that GitHub Actions shows as annotations on the lines.
public sealed class GitHubFormatTests
{
    private const string ThreeDiagnostics =
        "- 2012-12-04 Hall 10:00〜12:00\n" +
        "Talk / Someone(Uni)\n" +
        "- A: an answer first\n" +
        "- Q: unanswered?\n" +
        "[2012-13-45 25:61]\n";

    [Fact]
    public void Each_diagnostic_is_a_workflow_command_by_severity_then_the_summary()
    {
        using var file = new TempFile(ThreeDiagnostics);

        var run = Cli.Run("check", file.Path, "--format", "github");

        run.ExitCode.Should().Be(ExitCodes.InputHasErrors);
        string name = file.Path.Replace('\\', '/');
        run.Output.Should().Be(
            $"::warning file={name},line=3,col=1::CL0003: an answer with no question before it\n" +
            $"::notice file={name},line=4,col=1::CL0004: a question that no answer follows\n" +
            $"::error file={name},line=5,col=7::CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12\n" +
            "1 file checked: 1 error, 1 warning, 1 info\n");
    }

    [Fact]
    public void Commas_colons_and_percent_signs_are_escaped_as_the_runner_unescapes_them()
    {
        using var folder = new TempDirectory();
        string path = folder.Write("a,b%.txt", "- 2012-13-45 100% 会場\n");

        var run = Cli.Run("check", path, "--format", "github");

        string name = path.Replace('\\', '/').Replace("%", "%25").Replace(":", "%3A").Replace(",", "%2C");
        run.Output.Should().StartWith(
            $"::error file={name},line=1,col=8::CL0008: '- 2012-13-45 100%25 会場' is not an event header: unexpected '13' in month, expected 01-12\n");
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_an_error_annotation_too()
    {
        string missing = Path.Combine(Path.GetTempPath(), "conflog-no-such-file.txt");

        var run = Cli.Run("check", missing, "--format", "github");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Output.Should().StartWith("::error file=" + missing.Replace('\\', '/').Replace(":", "%3A") + "::conflog: cannot read ");
        run.Error.Should().StartWith("conflog: cannot read ");
    }
}
