using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog check FILE|DIR... [--warnings-as-errors]`.
public sealed class CheckCommandTests
{
    // Line 3: an answer before any question (warning); line 4: a question no answer follows (info);
    // line 5: month 13 (error).
    private const string ThreeDiagnostics =
        "- 2012-12-04 Hall 10:00〜12:00\n" +
        "Talk / Someone(Uni)\n" +
        "- A: an answer first\n" +
        "- Q: unanswered?\n" +
        "[2012-13-45 25:61]\n";

    // A talk header with nothing after its ' / ': one warning and nothing else.
    private const string OneWarning =
        "- 2012-12-04 Hall 10:00〜12:00\n" +
        "Talk / \n" +
        "- a note\n";

    [Fact]
    public void Check_warns_with_CL0013_when_a_file_with_text_yields_no_talk_and_says_which_markup_it_read()
    {
        using var file = new TempFile("# Minutes\n\n## Attendees\n\n- Ann\n- Bo\n\n## Decisions\n\n- ship it\n");

        var run = Cli.Run("check", file.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok, "a warning alone does not fail the check");
        run.Output.Should().StartWith($"{file.Path}(1,1): warning CL0013: no talk found; read as markdown (")
            .And.EndWith("1 file checked: 0 errors, 1 warning, 0 infos\n");
    }

    [Fact]
    public void Check_on_the_seed_prints_only_the_summary_and_exits_0()
    {
        var run = Cli.Run("check", Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be("1 file checked: 0 errors, 0 warnings, 0 infos\n");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Each_diagnostic_is_printed_like_a_compiler_then_the_summary_and_an_error_exits_1()
    {
        using var file = new TempFile(ThreeDiagnostics);

        var run = Cli.Run("check", file.Path);

        run.ExitCode.Should().Be(ExitCodes.InputHasErrors);
        run.Output.Should().Be(
            $"{file.Path}(3,1): warning CL0003: an answer with no question before it\n" +
            $"{file.Path}(4,1): info CL0004: a question that no answer follows\n" +
            $"{file.Path}(5,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12\n" +
            "1 file checked: 1 error, 1 warning, 1 info\n");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void A_warning_alone_exits_0_and_with_warnings_as_errors_exits_1()
    {
        using var file = new TempFile(OneWarning);
        string expected =
            $"{file.Path}(2,1): warning CL0006: a talk header with no speaker after ' / '\n" +
            "1 file checked: 0 errors, 1 warning, 0 infos\n";

        var lenient = Cli.Run("check", file.Path);
        var strict = Cli.Run("check", file.Path, "--warnings-as-errors");

        lenient.ExitCode.Should().Be(ExitCodes.Ok);
        lenient.Output.Should().Be(expected);
        strict.ExitCode.Should().Be(ExitCodes.InputHasErrors);
        strict.Output.Should().Be(expected);
    }

    [Fact]
    public void A_directory_is_checked_file_by_file_in_sorted_order_txt_and_md_only()
    {
        using var dir = new TempDirectory();
        string b = dir.Write("b.txt", OneWarning);
        string nestedMd = dir.Write("a/z.md", OneWarning);
        string a = dir.Write("a.txt", OneWarning);
        dir.Write("c.json", OneWarning);
        dir.Write("notes.TXT.bak", OneWarning);
        string upper = dir.Write("d.TXT", "No diagnostics here / Ann Lee\n");

        var run = Cli.Run("check", dir.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        string warning = "(2,1): warning CL0006: a talk header with no speaker after ' / '\n";

        // Ordinal order of the relative paths: "a.txt" < "a/z.md" because '.' (0x2E) < '/' (0x2F).
        run.Output.Should().Be(a + warning + nestedMd + warning + b + warning + "4 files checked: 0 errors, 3 warnings, 0 infos\n");
        upper.Should().EndWith("d.TXT");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Many_files_parsed_in_parallel_are_reported_in_the_same_sorted_order_every_time()
    {
        using var dir = new TempDirectory();
        var names = Enumerable.Range(0, 60).Select(i => $"log{i:D2}.txt").ToArray();
        foreach (string name in names.Reverse())
        {
            dir.Write(name, OneWarning);
        }

        var first = Cli.Run("check", dir.Path);
        var second = Cli.Run("check", dir.Path);

        var reported = first.Output.Split('\n').Where(line => line.Contains("CL0006", StringComparison.Ordinal)).Select(line => Path.GetFileName(line[..line.IndexOf('(', StringComparison.Ordinal)])).ToArray();
        reported.Should().Equal(names);
        first.Output.Should().EndWith("60 files checked: 0 errors, 60 warnings, 0 infos\n");
        second.Output.Should().Be(first.Output);
        first.Error.Should().BeEmpty("progress is shown only on a terminal");
    }

    [Fact]
    public void A_missing_path_is_reported_the_others_are_still_checked_and_the_exit_code_is_2()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"conflog-cli-missing-{Guid.NewGuid():N}.txt");

        var run = Cli.Run("check", missing, Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be($"conflog: cannot read '{missing}': no such file.\n");
        run.Output.Should().Be("1 file checked: 0 errors, 0 warnings, 0 infos\n");
    }

    [Fact]
    public void Standard_input_is_checked_under_the_name_stdin()
    {
        var run = Cli.RunWithInput(OneWarning, "check", "-");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(
            "<stdin>(2,1): warning CL0006: a talk header with no speaker after ' / '\n" +
            "1 file checked: 0 errors, 1 warning, 0 infos\n");
    }

    [Fact]
    public void An_empty_directory_checks_no_file_and_exits_0()
    {
        using var dir = new TempDirectory();

        var run = Cli.Run("check", dir.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be("0 files checked: 0 errors, 0 warnings, 0 infos\n");
    }
}
