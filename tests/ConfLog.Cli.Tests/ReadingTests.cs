using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// How every command reads its files: UTF-8 with or without a BOM; clear exit-2 messages otherwise.
public sealed class ReadingTests
{
    private const string Log = "- 2013-01-10 Hall 09:00〜10:00\nOpening / Ann Lee(Acme)\n- hello\n[2013-01-10 09:30]\n";

    [Fact]
    public void A_file_with_a_byte_order_mark_reads_like_the_same_file_without()
    {
        using var plain = new TempFile(Log);
        using var bom = new TempFile([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Log)]);

        var withBom = Cli.Run("parse", bom.Path, "--json");
        var without = Cli.Run("parse", plain.Path, "--json");

        // The same nodes, each a character further into the text: the mark is the text's first character.
        withBom.ExitCode.Should().Be(ExitCodes.Ok);
        withBom.Output.Should().Be(Regex.Replace(
            without.Output,
            "\"offset\": ([0-9]+)",
            match => "\"offset\": " + (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)));
        withBom.Output.Should().Contain("\"venue\": \"Hall\"");
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("outline")]
    [InlineData("check")]
    [InlineData("format")]
    public void A_file_with_a_nul_byte_is_not_a_text_file_and_exits_2(string command)
    {
        using var binary = new TempFile([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var run = Cli.Run(command, binary.Path);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be($"conflog: cannot read '{binary.Path}': it is not a text file (it has a NUL byte at offset 8).\n");
    }

    [Fact]
    public void A_utf16_file_is_not_read_and_the_message_says_to_save_it_as_utf8()
    {
        using var utf16 = new TempFile([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Log)]);

        var run = Cli.Run("convert", utf16.Path, "--to", "json");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Contain("is not a text file").And.Contain("it looks like UTF-16, save it as UTF-8");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_nul_byte_after_the_first_8_kb_is_read_as_text_with_a_diagnostic()
    {
        string text = Log + new string('x', 9000) + "\0\n";
        using var file = new TempFile(text);

        var run = Cli.Run("check", file.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Contain("warning CL0012").And.EndWith("1 file checked: 0 errors, 1 warning, 0 infos\n");
    }

    [Theory]
    [InlineData("outline")]
    [InlineData("format")]
    [InlineData("convert")]
    public void A_directory_where_a_file_is_expected_exits_2(string command)
    {
        using var dir = new TempDirectory();

        var run = command == "convert" ? Cli.Run(command, dir.Path, "--to", "json") : Cli.Run(command, dir.Path);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be($"conflog: cannot read '{dir.Path}': it is a directory, not a file.\n");
    }

    [Theory]
    [InlineData("outline")]
    [InlineData("format")]
    [InlineData("convert")]
    public void A_missing_file_exits_2(string command)
    {
        string missing = Path.Combine(Path.GetTempPath(), $"conflog-cli-missing-{Guid.NewGuid():N}.txt");

        var run = command == "convert" ? Cli.Run(command, missing, "--to", "json") : Cli.Run(command, missing);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be($"conflog: cannot read '{missing}': no such file.\n");
    }

    [Fact]
    public void Invalid_UTF8_on_standard_input_is_reported_as_in_a_file()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Talk / Ann\n- caf"), 0xC3, .. Encoding.UTF8.GetBytes(" bad\n")];
        using var file = new TempFile(bytes);

        var piped = Cli.RunWithBytes(bytes, "check", "-");
        var named = Cli.Run("check", file.Path);

        piped.ExitCode.Should().Be(ExitCodes.InputHasErrors);
        piped.Output.Should().StartWith("<stdin>(2,6): error CL0011: invalid UTF-8 byte 0xC3 at byte offset 16, replaced by U+FFFD\n");
        piped.Output.Should().Be(named.Output.Replace(file.Path, "<stdin>", StringComparison.Ordinal));
    }

    [Fact]
    public void Standard_input_given_as_bytes_keeps_its_byte_order_mark_and_its_line_endings()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Talk / Ann\r\n- note\r\n")];

        var run = Cli.RunWithBytes(bytes, "format", "-");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        Encoding.UTF8.GetBytes(run.Output).Should().Equal(bytes);
    }

    [Fact]
    public void Standard_input_as_bytes_with_a_nul_is_not_a_text_file()
    {
        var run = Cli.RunWithBytes([(byte)'a', (byte)'b', 0, (byte)'c'], "parse", "-");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be("conflog: standard input is not a text file (it has a NUL byte at offset 2).\n");
    }

    [Fact]
    public void Standard_input_with_a_nul_is_not_a_text_file()
    {
        var run = Cli.RunWithInput("abc\0def", "parse", "-");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be("conflog: standard input is not a text file: it has a NUL character at offset 3.\n");
    }
}
