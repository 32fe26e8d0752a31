using System;
using System.IO;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog outline FILE... [--no-color]`.
public sealed class OutlineCommandTests
{
    [Fact]
    public void Outline_of_the_seed_is_the_exact_hand_written_outline_and_exits_0()
    {
        var run = Cli.Run("outline", Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(RootCommandTests.SeedOutline);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Outline_of_notes_in_another_markup_says_which_markup_was_read_and_why()
    {
        using var file = new TempFile("# Summit\n\n## Day 1\n\n### Scaling writes by Jane Roe\n- shard by tenant\n");

        var run = Cli.Run("outline", file.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        var lines = run.Output.Split('\n');
        lines[0].Should().Be("Event \"Summit\" (no date) (no venue)");
        lines[1].Should().StartWith("Markup: markdown (").And.Contain("ATX headings");
        lines[2].Should().Be("Sessions: 1 talk, 0 breaks, 0 Q/A");
        run.Output.Should().Contain("Scaling writes").And.Contain("Jane Roe");
    }

    [Fact]
    public void No_color_is_accepted_and_the_output_to_a_writer_never_holds_an_escape_sequence()
    {
        var plain = Cli.Run("outline", Cli.SeedPath, "--no-color");
        var redirected = Cli.Run("outline", Cli.SeedPath);

        plain.ExitCode.Should().Be(ExitCodes.Ok);
        plain.Output.Should().Be(RootCommandTests.SeedOutline);
        redirected.Output.Should().NotContain("\u001b[");
    }

    [Fact]
    public void Several_files_are_printed_one_after_another_each_under_a_header_naming_it()
    {
        using var other = new TempFile(
            "- 2013-01-10 Hall 09:00〜10:00\n" +
            "Opening / Ann Lee(Acme), Bo Chen\n" +
            "- hello\n" +
            "[2013-01-10 09:30]\n");

        var run = Cli.Run("outline", Cli.SeedPath, other.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(
            $"==> {Cli.SeedPath} <==\n" +
            RootCommandTests.SeedOutline +
            "\n" +
            $"==> {other.Path} <==\n" +
            "Event 2013-01-10 Hall 09:00–10:00\n" +
            "Sessions: 1 talk, 0 breaks, 0 Q/A\n" +
            "  09:00*–09:30  Opening / Ann Lee(Acme), Bo Chen  [1 note, 0 Q/A, line 2]\n" +
            "  (* start inferred from the event's hours)\n" +
            "Diagnostics: none\n");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void A_dash_reads_standard_input_and_names_it_stdin_in_diagnostics()
    {
        var run = Cli.RunWithInput("Talk / Someone\n[2012-13-45 25:61]\n", "outline", "-");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Contain("  ??:?? –??:??  Talk / Someone  [0 notes, 0 Q/A, line 1]\n")
            .And.Contain("  <stdin>(2,7): error CL0001: ");
    }

    [Fact]
    public void A_missing_file_among_several_exits_2_and_prints_no_outline_at_all()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"conflog-cli-missing-{Guid.NewGuid():N}.txt");

        var run = Cli.Run("outline", Cli.SeedPath, missing);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be($"conflog: cannot read '{missing}': no such file.\n");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Outline_without_a_file_is_a_usage_error()
    {
        var run = Cli.Run("outline");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Contain("Run 'conflog outline --help' for usage.");
    }
}
