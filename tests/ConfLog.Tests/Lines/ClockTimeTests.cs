using System;
using System.Globalization;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class ClockTimeTests
{
    [Theory]
    [InlineData("9:30", "09:30", 4)]
    [InlineData("09:30", "09:30", 5)]
    [InlineData("17:50", "17:50", 5)]
    [InlineData("0:00", "00:00", 4)]
    [InlineData("10:10〜17:50", "10:10", 5)]
    public void Reads_a_clock_time_with_one_or_two_digit_hours(string text, string time, int consumed)
    {
        var result = Parsing.Accept(DateGrammar.ClockTime, text);

        result.Value.Should().Be(TimeSpan.Parse(time, CultureInfo.InvariantCulture));
        result.Remainder.Position.Should().Be(consumed);
    }

    [Theory]
    [InlineData("24:00", "unexpected '24' in hour, expected 0-23")]
    [InlineData("9:3", "unexpected '3' in minute, expected 00-59")]
    [InlineData("9:60", "unexpected '60' in minute, expected 00-59")]
    [InlineData("", "unexpected end of line in hour, expected 0-23")]
    public void Rejects_an_impossible_clock_time(string text, string message)
    {
        Parsing.Reject(DateGrammar.ClockTime, text).Message.Should().Be(message);
    }

    [Theory]
    [InlineData("930")]
    [InlineData("午前9時")]
    public void Rejects_text_that_is_not_a_clock_time(string text)
    {
        Parsing.Reject(DateGrammar.ClockTime, text);
    }
}
