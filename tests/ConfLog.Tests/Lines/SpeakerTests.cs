using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class SpeakerTests
{
    [Theory]
    [InlineData("品川高廣(東京大学)", "品川高廣", 0, "東京大学", 5, 10)]
    [InlineData("榮樂英樹（イーゲル）", "榮樂英樹", 0, "イーゲル", 5, 10)]
    [InlineData("Sam Lee (Acme)", "Sam Lee", 0, "Acme", 9, 14)]
    [InlineData("Sam Lee(Acme)", "Sam Lee", 0, "Acme", 8, 13)]
    [InlineData("  Sam Lee  (Acme)", "Sam Lee", 2, "Acme", 12, 17)]
    public void Reads_a_name_and_its_affiliation(string text, string name, int nameIndex, string affiliation, int affiliationIndex, int consumed)
    {
        var result = Parsing.Accept(TalkHeaderGrammar.Speaker, text);

        result.Value.Should().Be(new SpeakerPart(new LinePart(name, nameIndex), new LinePart(affiliation, affiliationIndex)));
        result.Remainder.Position.Should().Be(consumed);
    }

    [Theory]
    [InlineData("島田恭平", "島田恭平", 4)]
    [InlineData("Sam Lee", "Sam Lee", 7)]
    [InlineData("Sam Lee and Ann Roe", "Sam Lee", 7)]
    [InlineData("Sam Lee & Ann Roe", "Sam Lee", 8)]
    [InlineData("山田、佐藤", "山田", 2)]
    [InlineData("X, Y", "X", 1)]
    [InlineData("Andrew Sandy", "Andrew Sandy", 12)]
    // Punctuation ends a name where it stands; a word ends it at the one space before the word.
    [InlineData("Sam , Ann", "Sam", 4)]
    [InlineData("Sam  and Ann", "Sam", 4)]
    public void Reads_a_name_without_an_affiliation_up_to_the_next_separator(string text, string name, int consumed)
    {
        var result = Parsing.Accept(TalkHeaderGrammar.Speaker, text);

        result.Value.Should().Be(new SpeakerPart(new LinePart(name, 0), null));
        result.Remainder.Position.Should().Be(consumed);
    }

    [Fact]
    public void Reads_a_name_of_the_longest_allowed_length()
    {
        string name = new string('x', TalkHeaderGrammar.MaxSpeakerNameLength);

        Parsing.Value(TalkHeaderGrammar.Speaker, name).Name.Should().Be(new LinePart(name, 0));
    }

    [Fact]
    public void Rejects_a_name_longer_than_allowed()
    {
        Parsing.Reject(TalkHeaderGrammar.Speaker, new string('x', TalkHeaderGrammar.MaxSpeakerNameLength + 1));
    }

    [Fact]
    public void Rejects_an_affiliation_with_no_name()
    {
        var result = Parsing.Reject(TalkHeaderGrammar.Speaker, "(Acme)");

        result.Message.Should().Be("unexpected '(', expected speaker name");
        result.Expectations.Should().Equal("speaker");
    }

    [Theory]
    [InlineData("これは文です。")]
    [InlineData("。Sam")]
    [InlineData("   ")]
    [InlineData("")]
    public void Rejects_a_sentence_or_an_empty_name(string text)
    {
        Parsing.Reject(TalkHeaderGrammar.Speaker, text);
    }
}
