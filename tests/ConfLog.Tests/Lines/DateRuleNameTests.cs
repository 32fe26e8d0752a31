using FluentAssertions;
using ConfLog.Lines;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// What each date and time rule is called when a text does not even start as one: the name a caller composing
// them (and a diagnostic built on them) is told was expected.
public sealed class DateRuleNameTests
{
    [Fact]
    public void A_text_that_starts_with_no_year_is_told_a_date_was_expected()
    {
        Expect(DateGrammar.Date, "x2012-12-04", "date");
    }

    [Fact]
    public void A_text_that_starts_with_no_hour_is_told_a_time_of_day_was_expected()
    {
        Expect(DateGrammar.TimeOfDay, "x10:40", "time of day");
    }

    [Fact]
    public void A_text_that_starts_with_no_clock_time_is_told_hours_were_expected()
    {
        Expect(DateGrammar.Hours, "x9:30-17:50", "hours");
    }

    [Fact]
    public void A_text_that_starts_with_no_bracket_is_told_a_timestamp_was_expected()
    {
        Expect(DateGrammar.Timestamp, "x[2012-12-04 10:40]", "timestamp");
    }

    [Fact]
    public void A_text_that_starts_with_no_bracket_is_told_a_timestamp_shape_was_expected()
    {
        Expect(DateGrammar.TimestampShape, "x[2012-12-04 10:40]", "timestamp shape");
    }

    [Fact]
    public void A_timestamp_shape_with_a_letter_for_its_first_digit_says_a_digit_was_expected_there()
    {
        var failure = Parsing.Reject(DateGrammar.TimestampShape, "[x012-12-04 10:40]");

        failure.Message.Should().Be("unexpected 'x', expected digit");
        failure.Expectations.Should().Equal("digit");
        failure.Remainder.Position.Should().Be(1);
    }

    private static void Expect<T>(Parser<T> parser, string text, string name)
    {
        var failure = Parsing.Reject(parser, text);

        failure.Expectations.Should().Equal(name);
        failure.Remainder.Position.Should().Be(0);
    }
}
