using System.Linq;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// What a rejected line is told, word for word and where: these messages end up in diagnostics, and a parser whose
// name or message went missing would still reject the same lines.
public sealed class GrammarMessageTests
{
    [Fact]
    public void A_date_with_full_stops_is_told_a_date_separator_was_expected()
    {
        var failure = Parsing.Reject(DateGrammar.Timestamp, "[2012.12.04 10:40]");

        FailureText.Of(failure).Should().Be("unexpected '.', expected date separator");
        failure.Remainder.Position.Should().Be(5);
    }

    [Fact]
    public void Hours_without_a_dash_are_told_a_range_dash_was_expected()
    {
        var failure = Parsing.Reject(DateGrammar.Hours, "10:10x17:50");

        FailureText.Of(failure).Should().Be("unexpected 'x', expected range dash");
        failure.Remainder.Position.Should().Be(5);
    }

    [Fact]
    public void Seconds_out_of_range_are_named_as_the_seconds()
    {
        var failure = Parsing.Reject(DateGrammar.Timestamp, "[2012-12-04 10:40:61]");

        FailureText.Of(failure).Should().Be("unexpected '61' in second, expected 00-59");
        failure.Remainder.Position.Should().Be(18);
    }

    // LineReader words the diagnostic of a line that is not quite a timestamp from the grammar's failure.
    [Theory]
    [InlineData("[2012-12-04 10:40:61]", "(1,19): error CL0001: '[2012-12-04 10:40:61]' is not a timestamp: unexpected '61' in second, expected 00-59")]
    [InlineData("[2012.12.04 10:40]", "(1,6): warning CL0002: '[2012.12.04 10:40]' is not a timestamp: unexpected '.', expected date separator")]
    public void The_diagnostic_of_a_line_that_is_not_quite_a_timestamp_names_the_field(string line, string diagnostic)
    {
        ConferenceLog.Parse(line).Diagnostics.Select(d => d.ToString()).Should().Equal(diagnostic);
    }

    [Fact]
    public void A_colon_after_the_minutes_with_no_seconds_is_named_as_the_seconds()
    {
        var failure = Parsing.Reject(DateGrammar.TimeOfDay, "10:40:]");

        failure.Message.Should().Be("unexpected ']' in second, expected 00-59");
        failure.Remainder.Position.Should().Be(6);
    }

    [Theory]
    [InlineData("- x", "unexpected 'x', expected question marker", 2)]
    [InlineData("- Q x", "unexpected ' ', expected colon or full stop", 3)]
    [InlineData("", "unexpected end of line, expected question marker", 0)]
    public void A_line_that_is_not_a_question_is_told_what_was_expected_where(string line, string message, int position)
    {
        var failure = Parsing.Reject(BulletGrammar.Question, line);

        FailureText.Of(failure).Should().Be(message);
        failure.Remainder.Position.Should().Be(position);
    }

    [Theory]
    [InlineData("- x", "unexpected 'x', expected answer marker", 2)]
    [InlineData("A1x", "unexpected 'x', expected colon or full stop", 2)]
    public void A_line_that_is_not_an_answer_is_told_what_was_expected_where(string line, string message, int position)
    {
        var failure = Parsing.Reject(BulletGrammar.Answer, line);

        FailureText.Of(failure).Should().Be(message);
        failure.Remainder.Position.Should().Be(position);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("and Ann")]
    [InlineData(" or Ann")]
    public void Text_that_is_no_separator_is_told_a_speaker_separator_was_expected(string text)
    {
        var failure = Parsing.Reject(TalkHeaderGrammar.SpeakerSeparator, text);

        FailureText.Of(failure).Should().Be("no speaker separator, expected speaker separator");
        failure.Remainder.Position.Should().Be(0);
    }
}
