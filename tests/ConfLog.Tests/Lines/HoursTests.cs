using System;
using System.Globalization;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class HoursTests
{
    [Theory]
    [InlineData("10:10〜17:50", "10:10", "17:50")]
    [InlineData("10:10～17:50", "10:10", "17:50")]
    [InlineData("10:10~17:50", "10:10", "17:50")]
    [InlineData("09:30-18:00", "09:30", "18:00")]
    [InlineData("10:00–12:00", "10:00", "12:00")]
    [InlineData("10:10 ~ 17:50", "10:10", "17:50")]
    [InlineData("10:10 - 17:50", "10:10", "17:50")]
    [InlineData("9:30 〜 17:00", "09:30", "17:00")]
    [InlineData("9:30\u3000～\u300017:00", "09:30", "17:00")]
    public void Reads_opening_hours(string text, string start, string end)
    {
        var result = Parsing.Accept(DateGrammar.Hours, text);

        result.Value.Should().Be(new TimeRange(TimeSpan.Parse(start, CultureInfo.InvariantCulture), TimeSpan.Parse(end, CultureInfo.InvariantCulture)));
        result.Remainder.AtEnd.Should().BeTrue();
    }

    [Theory]
    [InlineData("10:10〜25:00", "unexpected '25' in hour, expected 0-23")]
    [InlineData("10:10〜17:5", "unexpected '5' in minute, expected 00-59")]
    [InlineData("24:10〜17:50", "unexpected '24' in hour, expected 0-23")]
    public void Rejects_hours_with_an_impossible_time(string text, string message)
    {
        Parsing.Reject(DateGrammar.Hours, text).Message.Should().Be(message);
    }

    [Theory]
    [InlineData("10:10 to 17:50")]
    [InlineData("10:10")]
    [InlineData("10:10〜")]
    [InlineData("〜17:50")]
    public void Rejects_a_range_without_a_dash_or_an_end(string text)
    {
        Parsing.Reject(DateGrammar.Hours, text);
    }
}
