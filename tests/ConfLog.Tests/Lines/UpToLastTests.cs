using System;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class UpToLastTests
{
    private static readonly Sprache.Parser<LinePart> Title = TextRuns.UpToLast(" / ", "title");

    [Theory]
    [InlineData("A - B / C / D", "A - B / C", 9)]
    [InlineData("TwitVisor / 島田恭平(筑波大学)", "TwitVisor", 9)]
    [InlineData(" / x", "", 0)]
    [InlineData("a /  / b", "a / ", 4)]
    public void Takes_the_text_up_to_the_last_separator_and_leaves_the_separator(string text, string before, int consumed)
    {
        var result = Parsing.Accept(Title, text);

        result.Value.Should().Be(new LinePart(before, 0));
        result.Remainder.Position.Should().Be(consumed);
        text.Substring(result.Remainder.Position).Should().StartWith(" / ");
    }

    [Fact]
    public void Starts_at_the_input_position()
    {
        var result = Title(new LineInput("xx A / B / C", 3));

        result.Value.Should().Be(new LinePart("A / B", 3));
        result.Remainder.Position.Should().Be(8);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("a/b")]
    [InlineData("Title /")]
    [InlineData("")]
    public void Fails_when_the_separator_does_not_occur(string text)
    {
        Parsing.Reject(Title, text).Message.Should().Be("no ' / ' in the rest of the line");
    }

    [Fact]
    public void Fails_when_the_separator_occurs_only_before_the_input_position()
    {
        var result = Title(new LineInput("A / B", 2));

        result.WasSuccessful.Should().BeFalse();
        result.Message.Should().Be("no ' / ' in the rest of the line");
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_an_empty_separator(string? empty)
    {
        var act = () => TextRuns.UpToLast(empty!, "title");

        act.Should().Throw<ArgumentException>().WithParameterName("separator").WithMessage("The separator must not be empty.*");
    }
}
