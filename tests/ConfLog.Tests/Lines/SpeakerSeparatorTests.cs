using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class SpeakerSeparatorTests
{
    [Theory]
    [InlineData(", ", ",", 2)]
    [InlineData(",", ",", 1)]
    [InlineData("，", "，", 1)]
    [InlineData("、", "、", 1)]
    [InlineData(" & ", "&", 3)]
    [InlineData("&", "&", 1)]
    [InlineData(" and ", "and", 5)]
    [InlineData("  ,  Ann", ",", 5)]
    public void Reads_the_separator_and_the_white_space_around_it(string text, string separator, int consumed)
    {
        var result = Parsing.Accept(TalkHeaderGrammar.SpeakerSeparator, text);

        result.Value.Should().Be(separator);
        result.Remainder.Position.Should().Be(consumed);
    }

    [Theory]
    [InlineData("x")]
    [InlineData(" / ")]
    [InlineData(" or ")]
    [InlineData("・")]
    [InlineData(" ")]
    [InlineData("")]
    // A word separator stands between white space: not at the start, not at the end, not inside a word.
    [InlineData("and Ann")]
    [InlineData(" and")]
    [InlineData(" andy")]
    public void Rejects_anything_else(string text)
    {
        var result = Parsing.Reject(TalkHeaderGrammar.SpeakerSeparator, text);

        result.Message.Should().Be("no speaker separator");
        result.Expectations.Should().Equal("speaker separator");
        result.Remainder.Position.Should().Be(0);
    }
}
