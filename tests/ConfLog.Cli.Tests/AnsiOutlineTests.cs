using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// The colours `outline` uses on a terminal; tests never see them through ConflogApp.Run, so they are checked here.
public sealed class AnsiOutlineTests
{
    [Fact]
    public void The_event_line_is_bold_the_time_column_cyan_and_errors_red()
    {
        string outline =
            "Event 2012-12-04 Hall\n" +
            "  10:10*–10:40  Talk / Someone  [1 note, 0 Q/A, line 2]\n" +
            "  x.txt(4,7): error CL0001: bad\n" +
            "  x.txt(5,1): warning CL0003: odd\n";

        string colored = AnsiOutline.Colorize(outline);

        colored.Should().Be(
            "\u001b[1mEvent 2012-12-04 Hall\u001b[0m\n" +
            "  \u001b[36m10:10*–10:40\u001b[0m  Talk / Someone  [1 note, 0 Q/A, line 2]\n" +
            "\u001b[31m  x.txt(4,7): error CL0001: bad\u001b[0m\n" +
            "\u001b[33m  x.txt(5,1): warning CL0003: odd\u001b[0m\n");
    }

    [Fact]
    public void Colour_is_off_when_the_output_is_not_a_terminal_or_no_color_is_given()
    {
        var redirected = new CliConsole(System.IO.TextReader.Null, System.IO.TextWriter.Null, System.IO.TextWriter.Null, OutputIsTerminal: false, ErrorIsTerminal: false);
        var terminal = redirected with { OutputIsTerminal = true };

        AnsiOutline.Enabled(redirected, noColor: false).Should().BeFalse();
        AnsiOutline.Enabled(terminal, noColor: true).Should().BeFalse();
    }
}
