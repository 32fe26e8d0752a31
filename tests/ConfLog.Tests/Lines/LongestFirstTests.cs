using System.Collections.Immutable;
using FluentAssertions;
using ConfLog.Lines;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// A dialect's markers, words and separators are tried longest first, whatever order the user gives them in: a shorter
// one that a longer one starts with would otherwise take its place. Each is checked on the dispatching parser and on
// the reference chain, which match them with separate code.
public sealed class LongestFirstTests
{
    private static readonly ConfLogOptions German = ConfLogOptions.Default with
    {
        BulletMarkers = ImmutableArray.Create("[", "-", "[ ]"),
        QuestionMarkers = ImmutableArray.Create("F", "Frage"),
        AnswerMarkers = ImmutableArray.Create("A", "Antwort"),
        SpeakerSeparators = ImmutableArray.Create("&", "&&"),
    };

    public static TheoryData<string> Parsers => new() { "fast", "reference" };

    private static LineSyntax Read(string parser, string line) =>
        (parser == "fast" ? ConfLogGrammar.LineOf(German) : ConfLogGrammar.ReferenceLineOf(German))(new LineInput(line)).Value;

    [Theory]
    [MemberData(nameof(Parsers))]
    public void An_answer_word_that_a_shorter_one_starts_is_read_whole(string parser)
    {
        Read(parser, "- Antwort: ja").Should().Be(new AnswerLine(new LinePart("-", 0), new LinePart("ja", 11), new LinePart("Antwort:", 2)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_question_word_that_a_shorter_one_starts_is_read_whole(string parser)
    {
        Read(parser, "Frage: warum?").Should().Be(new QuestionLine(null, new LinePart("warum?", 7), new LinePart("Frage:", 0)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_bullet_marker_that_a_shorter_one_starts_is_read_whole(string parser)
    {
        Read(parser, "[ ] Milch").Should().Be(new BulletLine(new LinePart("[ ]", 0), null, new LinePart("Milch", 4)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_speaker_separator_that_a_shorter_one_starts_is_read_whole(string parser)
    {
        var header = Read(parser, "Titel / Ann && Bob").Should().BeOfType<TalkHeaderLine>().Subject;

        header.Speakers.Should().Equal(new SpeakerPart(new LinePart("Ann", 8), null), new SpeakerPart(new LinePart("Bob", 15), null));
    }

    [Fact]
    public void The_public_builders_try_the_longest_first_too()
    {
        var marker = BulletGrammar.BulletMarkerOf(German.BulletMarkers);
        var answer = BulletGrammar.AnswerOf(marker, BulletGrammar.ExchangeMarkerOf(German.AnswerMarkers, "answer marker"));

        answer.Parse("- Antwort: ja").Tag.Should().Be(new LinePart("Antwort:", 2));
        marker.Parse("[ ] Milch").Should().Be(new LinePart("[ ]", 0));
        TalkHeaderGrammar.SpeakerSeparatorOf(German.SpeakerSeparators).Parse(" && Bob").Should().Be("&&");
    }
}
