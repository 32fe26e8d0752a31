using System.Linq;
using FluentAssertions;
using ConfLog.Lines;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// What a failing rule says and where: the message, what it expected, and the position it stopped at. A diagnostic
// is worded from these (see FailureText), so a rule that lost its name or its message would tell the writer
// of a log less; mutation testing found that no test would notice.
public sealed class FailureMessageTests
{
    [Theory]
    [InlineData("- A: x", 2, "unexpected 'A', expected question marker", "question marker")]
    [InlineData("", 0, "unexpected end of line, expected question marker", "question")]
    [InlineData("- Q x", 3, "unexpected ' '", "colon", "full stop")]
    [InlineData("Queue: x", 1, "unexpected 'u'", "colon", "full stop")]
    [InlineData("Q.5 percent", 2, "unexpected '5', expected space", "space", "end of line")]
    public void A_line_that_is_no_question_says_where_and_what_was_expected(string line, int position, string message, params string[] expected)
    {
        Expect(BulletGrammar.Question, line, position, message, expected);
    }

    [Theory]
    [InlineData("- Q: x", 2, "unexpected 'Q', expected answer marker", "answer marker")]
    [InlineData("", 0, "unexpected end of line, expected answer marker", "answer")]
    [InlineData("- A x", 3, "unexpected ' '", "colon", "full stop")]
    public void A_line_that_is_no_answer_says_where_and_what_was_expected(string line, int position, string message, params string[] expected)
    {
        Expect(BulletGrammar.Answer, line, position, message, expected);
    }

    [Theory]
    [InlineData("X", "unexpected 'X', expected question marker", "question marker")]
    [InlineData("", "unexpected end of line, expected question marker", "question marker")]
    public void A_question_marker_names_itself(string text, string message, string expected)
    {
        Expect(BulletGrammar.QuestionMarker, text, 0, message, expected);
    }

    [Theory]
    [InlineData("X", "unexpected 'X', expected answer marker", "answer marker")]
    [InlineData("", "unexpected end of line, expected answer marker", "answer marker")]
    public void An_answer_marker_names_itself(string text, string message, string expected)
    {
        Expect(BulletGrammar.AnswerMarker, text, 0, message, expected);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("")]
    [InlineData(" / ")]
    [InlineData(" andAnn")]
    public void What_is_no_speaker_separator_is_said_so_where_it_starts(string text)
    {
        Expect(TalkHeaderGrammar.SpeakerSeparator, text, 0, "no speaker separator", "speaker separator");
    }

    [Theory]
    [InlineData("x", "unexpected 'x', expected bullet marker", "bullet")]
    [InlineData("", "unexpected end of line, expected bullet marker", "bullet")]
    public void A_line_that_is_no_bullet_says_a_marker_was_expected(string line, string message, string expected)
    {
        Expect(BulletGrammar.Bullet, line, 0, message, expected);
    }

    [Fact]
    public void A_rule_of_dashes_is_no_bullet_marker()
    {
        Expect(BulletGrammar.BulletMarker, "---", 0, "unexpected '-', expected bullet marker", "bullet marker");
    }

    [Theory]
    [InlineData("10:10x17:50", 5, "unexpected 'x'", "range dash")]
    [InlineData("10:10", 5, "Unexpected end of input reached", "range dash")]
    [InlineData("10:10〜", 6, "unexpected end of line in hour, expected 0-23", "clock time")]
    public void Hours_without_a_dash_or_an_end_say_what_was_expected(string text, int position, string message, string expected)
    {
        Expect(DateGrammar.Hours, text, position, message, expected);
    }

    [Fact]
    public void A_range_dash_names_itself()
    {
        Expect(DateGrammar.RangeDash, "x", 0, "unexpected 'x'", "range dash");
    }

    [Theory]
    [InlineData("2012.12.04", 4)]
    [InlineData("[2012.12.04 10:40]", 5)]
    public void A_date_with_full_stops_expects_a_date_separator(string text, int position)
    {
        var parser = text.StartsWith('[') ? DateGrammar.Timestamp.Select(stamp => stamp.Value) : DateGrammar.Date;

        Expect(parser, text, position, "unexpected '.'", "date separator");
    }

    [Fact]
    public void A_speaker_needs_a_name()
    {
        Expect(TalkHeaderGrammar.Speaker, "", 0, "unexpected end of line, expected speaker name", "speaker");
    }

    [Fact]
    public void A_line_without_a_slash_is_no_talk_header()
    {
        Expect(TalkHeaderGrammar.TalkHeader, "no slash", 0, "no ' / ' in the rest of the line", "talk header");
    }

    // The two messages the issue named: each diagnostic keeps its "expected ..." part.
    [Theory]
    [InlineData("[2012.12.04 10:40]", "(1,6): warning CL0002: '[2012.12.04 10:40]' is not a timestamp: unexpected '.', expected date separator")]
    [InlineData("- 2012-12-04 Hall 10:10x17:50\nT / S", "(1,24): error CL0008: '- 2012-12-04 Hall 10:10x17:50' is not an event header: unexpected 'x', expected range dash")]
    public void A_diagnostic_says_what_was_expected(string text, string diagnostic)
    {
        ConferenceLog.Parse(text).Diagnostics.Select(d => d.ToString()).Should().Equal(diagnostic);
    }

    private static void Expect<T>(Parser<T> parser, string text, int position, string message, params string[] expected)
    {
        var failure = Parsing.Reject(parser, text);

        failure.Message.Should().Be(message);
        failure.Expectations.Should().Equal(expected);
        failure.Remainder.Position.Should().Be(position);
    }
}
