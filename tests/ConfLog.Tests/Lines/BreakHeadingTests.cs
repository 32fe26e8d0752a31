using System;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class BreakHeadingTests
{
    private static readonly string[] PartyKeywords = { "懇親会", " ", "" };

    [Theory]
    [InlineData("昼休憩", "昼休憩", 0)]
    [InlineData("休憩", "休憩", 0)]
    [InlineData("昼食", "昼食", 0)]
    [InlineData("Lunch", "Lunch", 0)]
    [InlineData("lunch", "lunch", 0)]
    [InlineData("BREAK", "BREAK", 0)]
    [InlineData("Coffee", "Coffee", 0)]
    [InlineData("Coffee break", "Coffee break", 0)]
    [InlineData("Afternoon coffee break", "Afternoon coffee break", 0)]
    [InlineData("Lunch break (60 min)", "Lunch break (60 min)", 0)]
    [InlineData("休憩 (15分)", "休憩 (15分)", 0)]
    [InlineData("昼休憩(60分)", "昼休憩(60分)", 0)]
    [InlineData("昼休憩（60分）", "昼休憩（60分）", 0)]
    [InlineData("  昼休憩  ", "昼休憩", 2)]
    [InlineData("\u3000休憩\t", "休憩", 1)]
    public void Reads_a_break_heading(string line, string name, int index)
    {
        Parsing.Value(BreakGrammar.Break, line).Should().Be(new BreakLine(new LinePart(name, index)));
    }

    [Theory]
    [InlineData("昼休憩です。")]
    [InlineData("隣でオリンパスが特徴的な音をだしてた。")]
    [InlineData("休憩中")]
    [InlineData("Lunchtime")]
    [InlineData("Break: 15 min")]
    [InlineData("Coffee, tea")]
    [InlineData("Lunch!")]
    [InlineData("Short afternoon coffee break")]
    [InlineData("Talks")]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_sentences_and_lines_that_do_not_name_a_pause(string line)
    {
        Parsing.Reject(BreakGrammar.Break, line);
    }

    [Fact]
    public void Accepts_a_heading_of_the_longest_allowed_length_and_no_longer()
    {
        string longest = "休憩 (" + new string('x', BreakGrammar.MaxBreakHeadingLength - 5) + ")";
        longest.Length.Should().Be(BreakGrammar.MaxBreakHeadingLength);

        Parsing.Value(BreakGrammar.Break, longest).Name.Text.Should().Be(longest);
        Parsing.Reject(BreakGrammar.Break, longest.Insert(4, "x"));
    }

    [Fact]
    public void BreakHeadingOf_uses_the_keywords_it_is_given()
    {
        var party = BreakGrammar.BreakHeadingOf(PartyKeywords);

        Parsing.Value(party, "懇親会").Name.Should().Be(new LinePart("懇親会", 0));
        Parsing.Value(party, "懇親会 (18時〜)").Name.Text.Should().Be("懇親会 (18時〜)");
        Parsing.Reject(party, "昼休憩");
        Parsing.Reject(BreakGrammar.Break, "懇親会");
    }

    [Fact]
    public void BreakHeadingOf_ignores_blank_keywords()
    {
        var party = BreakGrammar.BreakHeadingOf(PartyKeywords);

        // An empty keyword would be a prefix of every line, and "(" may follow a keyword.
        Parsing.Reject(party, "(15分)");
        Parsing.Reject(party, "a b");
    }

    [Fact]
    public void BreakHeadingOf_rejects_null_keywords()
    {
        var act = () => BreakGrammar.BreakHeadingOf(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("keywords");
    }

    [Fact]
    public void The_default_keywords_are_the_documented_ones()
    {
        BreakGrammar.DefaultBreakKeywords.Should().Equal("休憩", "昼休憩", "昼食", "Lunch", "Break", "Coffee");
    }
}
