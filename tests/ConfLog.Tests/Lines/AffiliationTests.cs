using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class AffiliationTests
{
    [Theory]
    [InlineData("(東京大学)", "東京大学", 1, 6)]
    [InlineData("（イーゲル）", "イーゲル", 1, 6)]
    [InlineData(" (Acme)", "Acme", 2, 7)]
    [InlineData("\u3000（Acme）", "Acme", 2, 7)]
    [InlineData("( Acme )", "Acme", 2, 8)]
    [InlineData("(Acme）", "Acme", 1, 6)]
    [InlineData("(フォティーンフォティ技術研究所)", "フォティーンフォティ技術研究所", 1, 17)]
    public void Reads_the_text_in_parentheses_trimmed(string text, string affiliation, int index, int consumed)
    {
        var result = Parsing.Accept(TalkHeaderGrammar.Affiliation, text);

        result.Value.Should().Be(new LinePart(affiliation, index));
        result.Remainder.Position.Should().Be(consumed);
    }

    [Fact]
    public void Reports_its_index_in_the_line()
    {
        const string line = "BitVisorの現状と今後 / 品川高廣(東京大学)";
        int open = line.IndexOf('(', System.StringComparison.Ordinal);

        TalkHeaderGrammar.Affiliation(new LineInput(line, open)).Value.Should().Be(new LinePart("東京大学", open + 1));
    }

    [Theory]
    [InlineData("Acme")]
    [InlineData("(Acme")]
    [InlineData("[Acme]")]
    [InlineData("")]
    public void Rejects_text_not_in_parentheses(string text)
    {
        Parsing.Reject(TalkHeaderGrammar.Affiliation, text);
    }

    [Theory]
    [InlineData("Acme")]
    [InlineData("")]
    public void Text_with_no_opening_parenthesis_is_not_an_affiliation(string text)
    {
        // Failing where it started, the affiliation names itself; an unclosed one (above) says what closes it instead.
        var result = Parsing.Reject(TalkHeaderGrammar.Affiliation, text);

        result.Expectations.Should().Equal("affiliation");
        result.Remainder.Position.Should().Be(0);
    }

    [Fact]
    public void An_unclosed_affiliation_says_which_parentheses_close_it()
    {
        Parsing.Reject(TalkHeaderGrammar.Affiliation, "(Acme").Expectations.Should().Equal(")|）");
    }
}
