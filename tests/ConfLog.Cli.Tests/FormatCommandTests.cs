using System.IO;
using System.Text;
using ConfLog.Tests.Writers;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog format FILE... [--check | --stdout]`.
public sealed class FormatCommandTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void Formatting_a_copy_of_the_seed_leaves_every_byte_as_it_was_and_prints_nothing()
    {
        byte[] seed = File.ReadAllBytes(Cli.SeedPath);
        using var copy = new TempFile(seed);

        var run = Cli.Run("format", copy.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().BeEmpty();
        run.Error.Should().BeEmpty();
        copy.Bytes.Should().Equal(seed);
    }

    [Fact]
    public void Check_on_the_seed_exits_0_and_lists_nothing()
    {
        var run = Cli.Run("format", "--check", Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Stdout_on_the_seed_prints_the_seed_exactly()
    {
        var run = Cli.Run("format", "--stdout", Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(File.ReadAllText(Cli.SeedPath, Utf8));
    }

    [Fact]
    public void Format_rewrites_a_messy_file_in_place_and_names_it()
    {
        using var file = new TempFile(Messy.Text);

        var run = Cli.Run("format", file.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be($"reformatted {file.Path}\n");
        file.Bytes.Should().Equal(Utf8.GetBytes(Messy.Canonical));
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_exits_1_and_changes_nothing()
    {
        using var messy = new TempFile(Messy.Text);
        using var clean = new TempFile(Messy.Canonical);

        var run = Cli.Run("format", "--check", clean.Path, messy.Path);

        run.ExitCode.Should().Be(ExitCodes.InputHasErrors);
        run.Output.Should().Be($"would reformat {messy.Path}\n");
        messy.Bytes.Should().Equal(Utf8.GetBytes(Messy.Text));
    }

    [Fact]
    public void Stdout_prints_the_canonical_text_and_leaves_the_file_alone()
    {
        using var file = new TempFile(Messy.Text);

        var run = Cli.Run("format", "--stdout", file.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(Messy.Canonical);
        file.Bytes.Should().Equal(Utf8.GetBytes(Messy.Text));
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_endings_survive_formatting()
    {
        byte[] before = [0xEF, 0xBB, 0xBF, .. Utf8.GetBytes("* a  \r\nTalk / Ann （Acme）\r\n[2012/12/04 10:40]\r\n")];
        byte[] after = [0xEF, 0xBB, 0xBF, .. Utf8.GetBytes("- a\r\nTalk / Ann(Acme)\r\n[2012-12-04 10:40]\r\n")];
        using var file = new TempFile(before);

        var run = Cli.Run("format", file.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        file.Bytes.Should().Equal(after);
    }

    [Fact]
    public void A_file_with_invalid_utf8_is_not_rewritten_and_exits_1()
    {
        byte[] bytes = [.. Utf8.GetBytes("* a \n"), 0xFF, (byte)'\n'];
        using var file = new TempFile(bytes);

        var run = Cli.Run("format", file.Path);

        run.ExitCode.Should().Be(ExitCodes.InputHasErrors);
        run.Error.Should().StartWith($"conflog: not formatting '{file.Path}': {file.Path}(2,1): error CL0011: ");
        file.Bytes.Should().Equal(bytes);
    }

    [Fact]
    public void A_dash_formats_standard_input_to_standard_output()
    {
        var run = Cli.RunWithInput(Messy.Text, "format", "-");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(Messy.Canonical);
    }

    [Fact]
    public void Check_and_stdout_together_are_a_usage_error()
    {
        var run = Cli.Run("format", "--check", "--stdout", Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Contain("--check and --stdout cannot be used together.");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_file_exits_2_but_the_other_files_are_still_formatted()
    {
        using var file = new TempFile(Messy.Text);
        string missing = file.Path + ".missing";

        var run = Cli.Run("format", missing, file.Path);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be($"conflog: cannot read '{missing}': no such file.\n");
        file.Bytes.Should().Equal(Utf8.GetBytes(Messy.Canonical));
    }
}
