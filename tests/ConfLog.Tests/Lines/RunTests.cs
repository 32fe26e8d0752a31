using System;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class RunTests
{
    [Theory]
    [InlineData("2012-", "2012", 4)]
    [InlineData("7", "7", 1)]
    [InlineData("12345678901234567890x", "12345678901234567890", 20)]
    public void Run_takes_the_whole_run_in_one_step(string text, string run, int consumed)
    {
        var result = Parsing.Accept(TextRuns.Run(char.IsDigit, "digits"), text);

        result.Value.Should().Be(new LinePart(run, 0));
        result.Remainder.Position.Should().Be(consumed);
    }

    [Theory]
    [InlineData("abc", "unexpected 'a', expected digits")]
    [InlineData("", "unexpected end of line, expected digits")]
    public void Run_fails_below_its_minimum_length(string text, string message)
    {
        Parsing.Reject(TextRuns.Run(char.IsDigit, "digits"), text).Message.Should().Be(message);
    }

    [Fact]
    public void Run_with_minimum_length_zero_accepts_an_empty_run()
    {
        var result = Parsing.Accept(TextRuns.Run(char.IsDigit, "digits", minLength: 0), "abc");

        result.Value.Should().Be(new LinePart(string.Empty, 0));
        result.Remainder.Position.Should().Be(0);
    }

    [Fact]
    public void Run_fails_when_the_run_is_shorter_than_its_minimum()
    {
        Parsing.Reject(TextRuns.Run(char.IsDigit, "year", minLength: 4), "201-").Message.Should().Be("unexpected '2', expected year");
    }

    [Fact]
    public void Run_reports_the_index_where_it_starts()
    {
        var result = TextRuns.Run(char.IsDigit, "digits")(new LineInput("[2012-12-04", 1));

        result.Value.Should().Be(new LinePart("2012", 1));
        result.Remainder.Position.Should().Be(5);
    }

    [Fact]
    public void RunUntil_sees_the_whole_line_and_can_look_ahead()
    {
        // Stops at a space only when "and" follows it.
        var parser = TextRuns.RunUntil((s, i) => string.CompareOrdinal(s, i, " and", 0, 4) == 0, "name");

        var result = Parsing.Accept(parser, "Sam Lee and Ann");

        result.Value.Should().Be(new LinePart("Sam Lee", 0));
        result.Remainder.Position.Should().Be(7);
    }

    [Fact]
    public void RunUntil_runs_to_the_end_of_the_line_when_nothing_stops_it()
    {
        Parsing.Value(TextRuns.RunUntil((s, i) => s[i] == '|', "text"), "abc").Should().Be(new LinePart("abc", 0));
    }

    [Fact]
    public void RunUntil_rejects_a_null_stop_test()
    {
        var act = () => TextRuns.RunUntil(null!, "text");

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("未解決。", "未解決。", 0)]
    [InlineData("  text  ", "  text  ", 0)]
    public void RestOfLine_takes_everything_and_never_fails(string text, string rest, int index)
    {
        var result = Parsing.Accept(TextRuns.RestOfLine, text);

        result.Value.Should().Be(new LinePart(rest, index));
        result.Remainder.AtEnd.Should().BeTrue();
    }

    [Fact]
    public void RestOfLine_starts_at_the_input_position()
    {
        TextRuns.RestOfLine(new LineInput("- A: 未解決。", 5)).Value.Should().Be(new LinePart("未解決。", 5));
    }

    [Theory]
    [InlineData("x", "", 0)]
    [InlineData(" x", " ", 1)]
    [InlineData("\tx", "\t", 1)]
    [InlineData("\u3000x", "\u3000", 1)]
    [InlineData(" \t\u3000 x", " \t\u3000 ", 4)]
    [InlineData("   ", "   ", 3)]
    public void Spaces_takes_spaces_tabs_and_ideographic_spaces(string text, string spaces, int consumed)
    {
        var result = Parsing.Accept(TextRuns.Spaces, text);

        result.Value.Should().Be(new LinePart(spaces, 0));
        result.Remainder.Position.Should().Be(consumed);
    }

    [Fact]
    public void Spaces_does_not_take_a_line_ending()
    {
        Parsing.Value(TextRuns.Spaces, "\nx").Length.Should().Be(0);
    }

    [Theory]
    [InlineData(" x", 1)]
    [InlineData("\u3000\u3000x", 2)]
    public void RequiredSpaces_takes_at_least_one_space(string text, int consumed)
    {
        Parsing.Accept(TextRuns.RequiredSpaces, text).Remainder.Position.Should().Be(consumed);
    }

    [Theory]
    [InlineData("x", "unexpected 'x', expected space")]
    [InlineData("", "unexpected end of line, expected space")]
    public void RequiredSpaces_fails_without_a_space(string text, string message)
    {
        Parsing.Reject(TextRuns.RequiredSpaces, text).Message.Should().Be(message);
    }

    [Theory]
    [InlineData(' ', true)]
    [InlineData('\t', true)]
    [InlineData('\u3000', true)]
    [InlineData('\n', false)]
    [InlineData('\u00a0', false)]
    [InlineData('x', false)]
    public void IsSpace_knows_the_white_space_of_notes(char c, bool space)
    {
        TextRuns.IsSpace(c).Should().Be(space);
    }
}
