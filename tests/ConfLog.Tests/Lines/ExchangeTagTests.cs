using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// The tag of a question or an answer as a whole line reads it: the word, any number (A1, A12), then a colon, or a
// full stop before white space or the end of the line. The one-pass reader behind a parsed log, the line grammar
// and the chain of rules must read each line alike, to its last character.
public sealed class ExchangeTagTests
{
    public static TheoryData<string> Parsers => new() { "line", "log", "reference" };

    private static LineSyntax Read(string parser, string line) => parser switch
    {
        "line" => ConfLogGrammar.Line(new LineInput(line)).Value,
        "log" => ConferenceLog.Parse(line).Lines[0].Syntax,
        _ => ConfLogGrammar.ReferenceLineOf(ConfLogOptions.Default)(new LineInput(line)).Value,
    };

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_numbered_answer_keeps_its_number_in_its_tag(string parser)
    {
        Read(parser, "- A12: while loop").Should().Be(new AnswerLine(new LinePart("-", 0), new LinePart("while loop", 7), new LinePart("A12:", 2)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_numbered_answer_without_a_bullet_keeps_its_number(string parser)
    {
        Read(parser, "A1：全角").Should().Be(new AnswerLine(null, new LinePart("全角", 3), new LinePart("A1：", 0)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_full_stop_before_a_space_ends_a_question_tag(string parser)
    {
        Read(parser, "- Q. 日本語ポストは?").Should().Be(new QuestionLine(new LinePart("-", 0), new LinePart("日本語ポストは?", 5), new LinePart("Q.", 2)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_full_stop_at_the_end_of_the_line_ends_a_question_tag(string parser)
    {
        Read(parser, "- Q.").Should().Be(new QuestionLine(new LinePart("-", 0), new LinePart("", 4), new LinePart("Q.", 2)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_full_stop_glued_to_text_is_no_tag(string parser)
    {
        Read(parser, "Q.5 percent").Should().Be(new ProseLine(new LinePart("Q.5 percent", 0)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_word_and_number_that_end_the_line_are_no_tag(string parser)
    {
        Read(parser, "A12").Should().Be(new ProseLine(new LinePart("A12", 0)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_bullet_whose_text_is_the_question_word_alone_is_a_bullet(string parser)
    {
        Read(parser, "- Q").Should().Be(new BulletLine(new LinePart("-", 0), null, new LinePart("Q", 2)));
    }
}
