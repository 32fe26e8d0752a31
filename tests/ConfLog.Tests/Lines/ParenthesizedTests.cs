using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class ParenthesizedTests
{
    [Theory]
    [InlineData("(茗荷谷)", "茗荷谷", 5)]
    [InlineData("（イーゲル）", "イーゲル", 6)]
    [InlineData("(Acme）", "Acme", 6)]
    [InlineData("（Acme)", "Acme", 6)]
    [InlineData("()", "", 2)]
    [InlineData("( a b )", " a b ", 7)]
    [InlineData("(東京大学) 他", "東京大学", 6)]
    public void Takes_the_text_inside_either_kind_of_parentheses(string text, string content, int consumed)
    {
        var result = Parsing.Accept(TextRuns.Parenthesized, text);

        result.Value.Should().Be(new LinePart(content, 1));
        result.Remainder.Position.Should().Be(consumed);
    }

    [Fact]
    public void Stops_at_the_first_closing_parenthesis()
    {
        Parsing.Value(TextRuns.Parenthesized, "(a(b)c)").Text.Should().Be("a(b");
    }

    [Theory]
    [InlineData("(茗荷谷")]
    [InlineData("茗荷谷)")]
    [InlineData("[x]")]
    [InlineData("")]
    public void Rejects_text_without_both_parentheses(string text)
    {
        Parsing.Reject(TextRuns.Parenthesized, text);
    }
}
