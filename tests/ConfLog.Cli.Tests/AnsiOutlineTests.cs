using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// Whether `outline` colours at all; the colours themselves are OutlineStyle.Ansi, tested with the writer.
public sealed class AnsiOutlineTests
{
    [Fact]
    public void Colour_is_off_when_the_output_is_not_a_terminal_or_no_color_is_given()
    {
        var redirected = new CliConsole(System.IO.TextReader.Null, System.IO.TextWriter.Null, System.IO.TextWriter.Null, OutputIsTerminal: false, ErrorIsTerminal: false);
        var terminal = redirected with { OutputIsTerminal = true };

        AnsiOutline.Enabled(redirected, noColor: false).Should().BeFalse();
        AnsiOutline.Enabled(terminal, noColor: true).Should().BeFalse();
    }

    [Fact]
    public void A_file_header_is_bold()
    {
        AnsiOutline.Bold("==> a.txt <==").Should().Be("\u001b[1m==> a.txt <==\u001b[0m");
    }
}
