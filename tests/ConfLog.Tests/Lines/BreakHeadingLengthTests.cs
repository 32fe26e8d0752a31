using System;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// A break heading is at most MaxBreakHeadingLength characters, counted from its first non-blank character to its
// last: the line grammar (which tries the break rule only on short lines) and a parsed log must both draw the line
// there, indented or not.
public sealed class BreakHeadingLengthTests
{
    public static TheoryData<string, int> WaysAndIndents => new()
    {
        { "line", 0 }, { "line", 2 }, { "line", 8 }, { "log", 0 }, { "log", 2 }, { "log", 8 },
    };

    private static LineSyntax Read(string way, string line) => way switch
    {
        "line" => ConfLogGrammar.Line(new LineInput(line)).Value,
        _ => ConferenceLog.Parse(line).Lines[0].Syntax,
    };

    // "Lunch break (" and ")" around filler, as long as asked.
    private static string HeadingOf(int length) => "Lunch break (" + new string('x', length - 14) + ")";

    [Theory]
    [MemberData(nameof(WaysAndIndents))]
    public void A_heading_of_exactly_the_longest_length_is_a_break(string way, int indent)
    {
        string heading = HeadingOf(BreakGrammar.MaxBreakHeadingLength);
        heading.Length.Should().Be(BreakGrammar.MaxBreakHeadingLength);

        Read(way, new string(' ', indent) + heading + "  ").Should().Be(new BreakLine(new LinePart(heading, indent)));
    }

    [Theory]
    [MemberData(nameof(WaysAndIndents))]
    public void A_heading_one_character_longer_is_prose(string way, int indent)
    {
        string heading = HeadingOf(BreakGrammar.MaxBreakHeadingLength + 1);

        Read(way, new string(' ', indent) + heading).Should().Be(new ProseLine(new LinePart(heading, indent)));
    }

    [Theory]
    [MemberData(nameof(WaysAndIndents))]
    public void An_indented_heading_a_little_shorter_than_the_longest_is_a_break(string way, int indent)
    {
        // The length is the heading's own, not its end's distance from the start of the line.
        string heading = HeadingOf(BreakGrammar.MaxBreakHeadingLength - 3);

        Read(way, new string('\t', indent) + heading).Should().Be(new BreakLine(new LinePart(heading, indent)));
    }

    [Theory]
    [InlineData(". Lunch")]
    [InlineData("! Break")]
    [InlineData("、 休憩")]
    [InlineData(": Coffee")]
    public void Sentence_punctuation_at_the_start_makes_no_break(string line)
    {
        Parsing.Reject(BreakGrammar.Break, line);
        ConferenceLog.Parse(line).Lines[0].Syntax.Should().BeOfType<ProseLine>();
    }

    [Theory]
    [InlineData("Talks")]
    [InlineData("")]
    [InlineData("  Lunch is served in the hall")]
    public void A_line_that_names_no_pause_is_told_a_break_heading_was_expected(string line)
    {
        var failure = Parsing.Reject(BreakGrammar.Break, line);

        failure.Expectations.Should().Equal("break heading");
        failure.Remainder.Position.Should().Be(0);
    }
}
