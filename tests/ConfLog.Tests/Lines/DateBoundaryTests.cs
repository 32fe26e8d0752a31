using System;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// The bounds of every field of a timestamp, on both sides: the last value taken and the first refused, with the
// message naming the field and the position of its first digit. Mutation testing does not change number
// literals, so nothing else would notice a bound moved by one or a field allowed a digit more.
public sealed class DateBoundaryTests
{
    [Theory]
    [InlineData("[0001-01-01 00:00]", "0001-01-01T00:00:00")]
    [InlineData("[9999-12-31 23:59]", "9999-12-31T23:59:00")]
    [InlineData("[2012-01-31 10:40]", "2012-01-31T10:40:00")]
    [InlineData("[2012-11-30 10:40]", "2012-11-30T10:40:00")]
    [InlineData("[2012-12-04 23:59:59]", "2012-12-04T23:59:59")]
    [InlineData("[2012-12-04 00:00:00]", "2012-12-04T00:00:00")]
    public void The_last_value_of_each_field_is_taken(string text, string expected)
    {
        var stamp = Parsing.Value(DateGrammar.Timestamp, text);

        stamp.Value.Should().Be(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("[0000-12-04 10:40]", 1, "unexpected '0000' in year, expected 0001-9999")]
    [InlineData("[2012-00-04 10:40]", 6, "unexpected '00' in month, expected 01-12")]
    [InlineData("[2012-13-04 10:40]", 6, "unexpected '13' in month, expected 01-12")]
    [InlineData("[2012-12-00 10:40]", 9, "unexpected '00' in day, expected 01-31")]
    [InlineData("[2012-12-32 10:40]", 9, "unexpected '32' in day, expected 01-31")]
    [InlineData("[2012-11-31 10:40]", 9, "unexpected '31' in day, expected 01-30")]
    [InlineData("[2012-12-04 24:00]", 12, "unexpected '24' in hour, expected 00-23")]
    [InlineData("[2012-12-04 10:60]", 15, "unexpected '60' in minute, expected 00-59")]
    public void The_first_value_past_each_bound_is_refused_naming_the_field(string text, int position, string message)
    {
        var failure = Parsing.Reject(DateGrammar.Timestamp, text);

        failure.Message.Should().Be(message);
        failure.Remainder.Position.Should().Be(position);
    }

    [Theory]
    [InlineData("[201-12-04 10:40]", 1, "unexpected '201-' in year, expected 0001-9999")]
    [InlineData("[2012-1-04 10:40]", 6, "unexpected '1-' in month, expected 01-12")]
    [InlineData("[2012-12-4 10:40]", 9, "unexpected '4 ' in day, expected 01-31")]
    [InlineData("[2012-12-04 1:40]", 12, "unexpected '1:' in hour, expected 00-23")]
    [InlineData("[2012-12-04 10:4]", 15, "unexpected '4]' in minute, expected 00-59")]
    public void A_field_with_a_digit_too_few_is_refused_naming_the_field(string text, int position, string message)
    {
        var failure = Parsing.Reject(DateGrammar.Timestamp, text);

        failure.Message.Should().Be(message);
        failure.Remainder.Position.Should().Be(position);
    }

    [Theory]
    [InlineData("[20120-12-04 10:40]", 5)]
    [InlineData("[2012-120-04 10:40]", 8)]
    [InlineData("[2012-12-040 10:40]", 11)]
    [InlineData("[2012-12-04 100:40]", 14)]
    [InlineData("[2012-12-04 10:400]", 17)]
    public void A_field_with_a_digit_too_many_is_refused_where_the_extra_digit_stands(string text, int position)
    {
        Parsing.Reject(DateGrammar.Timestamp, text).Remainder.Position.Should().Be(position);
    }

    [Theory]
    [InlineData("[2012-12-04 10:40:59]", 59)]
    [InlineData("[2012-12-04 10:40:00]", 0)]
    public void Seconds_up_to_59_are_taken(string text, int seconds)
    {
        var stamp = Parsing.Value(DateGrammar.Timestamp, text);

        stamp.Value.Second.Should().Be(seconds);
        stamp.HasSeconds.Should().BeTrue();
    }

    [Theory]
    [InlineData("0:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    public void A_clock_time_takes_the_last_hour_and_minute(string text, int hour, int minute)
    {
        Parsing.Value(DateGrammar.ClockTime, text).Should().Be(new TimeSpan(hour, minute, 0));
    }

    [Theory]
    [InlineData("23:5", 3, "unexpected '5' in minute, expected 00-59")]
    [InlineData("24:00", 0, "unexpected '24' in hour, expected 0-23")]
    [InlineData("9:60", 2, "unexpected '60' in minute, expected 00-59")]
    public void A_clock_time_past_its_bounds_is_refused_naming_the_field(string text, int position, string message)
    {
        var failure = Parsing.Reject(DateGrammar.ClockTime, text);

        failure.Message.Should().Be(message);
        failure.Remainder.Position.Should().Be(position);
    }

    [Fact]
    public void A_clock_time_takes_at_most_two_hour_digits()
    {
        var failure = Parsing.Reject(DateGrammar.ClockTime, "123:00");

        failure.Message.Should().Be("unexpected '3'");
        failure.Expectations.Should().Equal(":");
        failure.Remainder.Position.Should().Be(2);
    }
}
