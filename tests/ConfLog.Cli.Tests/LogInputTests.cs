using System.IO;
using System.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `format` reads each file once: LogInput.ReadText decodes without parsing, and parses only invalid UTF-8, to place it.
public sealed class LogInputTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void Valid_utf8_is_decoded_byte_order_mark_and_all_and_not_parsed()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Utf8.GetBytes("* a \r\n- b")];
        using var file = new TempFile(bytes);

        var input = LogInput.ReadText(file.Path, TextReader.Null);

        input.Failure.Should().BeNull();
        input.Log.Should().BeNull();
        input.Text.Should().Be("\uFEFF* a \r\n- b");
    }

    [Fact]
    public void Invalid_utf8_has_no_text_and_a_log_that_places_the_bad_byte()
    {
        byte[] bytes = [.. Utf8.GetBytes("* a \n"), 0xFF, (byte)'\n'];
        using var file = new TempFile(bytes);

        var input = LogInput.ReadText(file.Path, TextReader.Null);

        input.Text.Should().BeNull();
        input.Log!.Diagnostics.Should().ContainSingle(d => d.Code == "CL0011" && d.Span.Line == 2 && d.Span.Column == 1);
    }

    [Fact]
    public void Standard_input_given_as_text_is_taken_as_it_is()
    {
        var input = LogInput.ReadText(LogInput.StandardInput, new StringReader("Talk / Ann\n"));

        input.Text.Should().Be("Talk / Ann\n");
        input.Log.Should().BeNull();
        LogInput.Read(LogInput.StandardInput, new StringReader("Talk / Ann\n")).Log!.Talks.Should().ContainSingle();
    }

    [Fact]
    public void A_missing_file_fails_in_either_reading()
    {
        string path = Path.Combine(Path.GetTempPath(), "conflog-no-such-file-" + System.Guid.NewGuid().ToString("N") + ".txt");

        LogInput.ReadText(path, TextReader.Null).Failure.Should().Be($"conflog: cannot read '{path}': no such file.");
        LogInput.Read(path, TextReader.Null).Failure.Should().Be($"conflog: cannot read '{path}': no such file.");
    }
}
