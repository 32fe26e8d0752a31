using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class AheadTests
{
    private static readonly Sprache.Parser<Unit> Digit = TextRuns.Ahead((s, i) => char.IsDigit(s[i]), "digit");

    [Theory]
    [InlineData("1")]
    [InlineData("9:30")]
    public void Succeeds_without_consuming_when_the_test_holds(string text)
    {
        Parsing.Accept(Digit, text).Remainder.Position.Should().Be(0);
    }

    [Theory]
    [InlineData("x", "unexpected 'x', expected digit")]
    [InlineData("", "unexpected end of line, expected digit")]
    public void Fails_when_the_test_does_not_hold_or_at_the_end(string text, string message)
    {
        Parsing.Reject(Digit, text).Message.Should().Be(message);
    }

    [Fact]
    public void The_test_sees_the_whole_line_and_the_current_index()
    {
        var before = TextRuns.Ahead((s, i) => i > 0 && s[i - 1] == 'a', "after a");

        before(new LineInput("ab", 1)).WasSuccessful.Should().BeTrue();
        before(new LineInput("cb", 1)).WasSuccessful.Should().BeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(5)]
    public void CurrentIndex_gives_the_position_and_consumes_nothing(int position)
    {
        var result = TextRuns.CurrentIndex(new LineInput("abcde", position));

        result.Value.Should().Be(position);
        result.Remainder.Position.Should().Be(position);
    }

    [Theory]
    [InlineData(":", ':')]
    [InlineData("：", '：')]
    public void Colon_is_ascii_or_full_width(string text, char colon)
    {
        Parsing.Value(TextRuns.Colon, text).Should().Be(colon);
    }

    [Theory]
    [InlineData(";")]
    [InlineData("x")]
    [InlineData("")]
    public void Colon_rejects_anything_else(string text)
    {
        Parsing.Reject(TextRuns.Colon, text);
    }
}
