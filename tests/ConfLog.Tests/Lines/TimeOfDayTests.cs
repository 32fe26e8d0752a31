using System;
using System.Globalization;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class TimeOfDayTests
{
    [Theory]
    [InlineData("10:40", "10:40:00", false, 5)]
    [InlineData("10:40:15", "10:40:15", true, 8)]
    [InlineData("00:00", "00:00:00", false, 5)]
    [InlineData("23:59:59", "23:59:59", true, 8)]
    [InlineData("17:47]", "17:47:00", false, 5)]
    [InlineData("10:40:15]", "10:40:15", true, 8)]
    public void Reads_hours_minutes_and_optional_seconds(string text, string time, bool hasSeconds, int consumed)
    {
        var result = Parsing.Accept(DateGrammar.TimeOfDay, text);

        result.Value.Time.Should().Be(TimeSpan.Parse(time, CultureInfo.InvariantCulture));
        result.Value.HasSeconds.Should().Be(hasSeconds);
        result.Remainder.Position.Should().Be(consumed);
    }

    [Theory]
    [InlineData("25:61", "unexpected '25' in hour, expected 00-23")]
    [InlineData("24:00", "unexpected '24' in hour, expected 00-23")]
    [InlineData("10:61", "unexpected '61' in minute, expected 00-59")]
    [InlineData("10:60", "unexpected '60' in minute, expected 00-59")]
    [InlineData("10:4", "unexpected '4' in minute, expected 00-59")]
    [InlineData("9:30", "unexpected '9:' in hour, expected 00-23")]
    [InlineData("", "unexpected end of line in hour, expected 00-23")]
    public void Rejects_an_impossible_time_naming_the_field(string text, string message)
    {
        Parsing.Reject(DateGrammar.TimeOfDay, text).Message.Should().Be(message);
    }

    [Theory]
    [InlineData("1040")]
    [InlineData("10：40")]
    [InlineData("10.40")]
    public void Rejects_a_time_without_an_ascii_colon(string text)
    {
        Parsing.Reject(DateGrammar.TimeOfDay, text).Remainder.Position.Should().Be(2);
    }
}
