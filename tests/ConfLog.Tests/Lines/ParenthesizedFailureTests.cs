using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// A venue's detail is optional, so its failure is seldom seen; when Parenthesized is used on its own, what it says
// it expected is its name.
public sealed class ParenthesizedFailureTests
{
    [Theory]
    [InlineData("茗荷谷")]
    [InlineData("")]
    [InlineData(" (茗荷谷)")]
    public void Text_without_an_opening_parenthesis_is_told_parenthesized_text_was_expected(string text)
    {
        var result = Parsing.Reject(TextRuns.Parenthesized, text);

        result.Expectations.Should().Equal("parenthesized text");
        result.Remainder.Position.Should().Be(0);
    }
}
