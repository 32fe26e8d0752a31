using System.Linq;
using ConfLog.Writers;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Writers;

// src/ConfLog/Writers/OutlineWriter.cs: the outline `parse` and `outline` print, plain or in a terminal's colours.
public sealed class OutlineWriterTests
{
    private const string Reset = "\u001b[0m";

    // An error (a 13th month), a warning (an answer before any question), a talk and the interlude before it.
    private const string Log =
        "- 2012-12-04 Hall 10:10〜17:50\n" +
        "\n" +
        "before the talks\n" +
        "Talk / Someone\n" +
        "- a note\n" +
        "[2012-13-04 10:40]\n" +
        "- A: an answer first\n";

    [Fact]
    public void The_ansi_style_colours_what_each_line_is_and_leaves_the_text_as_the_plain_style_writes_it()
    {
        var log = ConferenceLog.Parse(Log);

        string plain = OutlineWriter.Write(log, "x.txt");
        string ansi = OutlineWriter.Write(log, "x.txt", OutlineStyle.Ansi);

        Strip(ansi).Should().Be(plain);
        var lines = ansi.Split('\n');
        lines[0].Should().Be("\u001b[1mEvent 2012-12-04 Hall 10:10–17:50" + Reset);
        lines.Should().Contain(line => line.StartsWith("  \u001b[2m") && line.Contains("(interlude, line") && line.EndsWith(Reset));
        lines.Should().Contain("  \u001b[36m10:10*–??:??" + Reset + "  Talk / Someone  [1 note, 1 Q/A, line 4]");
        lines.Should().Contain("\u001b[31m  x.txt(6,7): error CL0001: " + log.Diagnostics.Single(d => d.IsError).Message + Reset);
        lines.Should().Contain(line => line.StartsWith("\u001b[33m  x.txt(7,") && line.Contains(": warning CL0003: ") && line.EndsWith(Reset));
    }

    [Fact]
    public void The_plain_style_has_no_escape_character_at_all()
    {
        OutlineWriter.Write(ConferenceLog.Parse(Log), "x.txt").Should().NotContain("\u001b");
    }

    [Fact]
    public void A_diagnostics_message_that_looks_like_an_error_line_is_not_coloured_as_one()
    {
        // The old colouring searched the rendered text for ": error CL"; the style knows what each line is.
        var log = ConferenceLog.Parse("Talk: error CL0001 / Someone\n");

        string ansi = OutlineWriter.Write(log, style: OutlineStyle.Ansi);

        ansi.Split('\n').Should().Contain(line => line.Contains("Talk: error CL0001") && line.StartsWith("  \u001b[36m"));
        ansi.Should().NotContain("\u001b[31m");
    }

    private static string Strip(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9]+m", string.Empty);
}
