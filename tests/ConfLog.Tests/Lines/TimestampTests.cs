using System;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class TimestampTests
{
    [Theory]
    [InlineData("[2012-12-04 10:40]", 2012, 12, 4, 10, 40, 0, false)]
    [InlineData("[2012-12-04 11:23]", 2012, 12, 4, 11, 23, 0, false)]
    [InlineData("[2012-12-04 17:47]", 2012, 12, 4, 17, 47, 0, false)]
    [InlineData("[2012-12-04 10:40:15]", 2012, 12, 4, 10, 40, 15, true)]
    [InlineData("[2012-12-04 10:40:00]", 2012, 12, 4, 10, 40, 0, true)]
    [InlineData("[2012/12/04 10:40]", 2012, 12, 4, 10, 40, 0, false)]
    [InlineData("[2012/12/04 10:40:15]", 2012, 12, 4, 10, 40, 15, true)]
    [InlineData("  [2012-12-04 10:40]  ", 2012, 12, 4, 10, 40, 0, false)]
    [InlineData("\t[2012-12-04 10:40]\u3000", 2012, 12, 4, 10, 40, 0, false)]
    [InlineData("[2012-12-04   10:40]", 2012, 12, 4, 10, 40, 0, false)]
    [InlineData("[2012-02-29 00:00]", 2012, 2, 29, 0, 0, 0, false)]
    public void Reads_a_timestamp_line(string text, int year, int month, int day, int hour, int minute, int second, bool hasSeconds)
    {
        var result = Parsing.Accept(DateGrammar.Timestamp, text);

        result.Value.Should().Be(new TimestampLine(new DateTime(year, month, day, hour, minute, second), hasSeconds));
        result.Remainder.AtEnd.Should().BeTrue();
    }

    [Theory]
    [InlineData("[2012-13-45 10:40]", "unexpected '13' in month, expected 01-12")]
    [InlineData("[2013-02-29 10:40]", "unexpected '29' in day, expected 01-28")]
    [InlineData("[2012-12-04 25:40]", "unexpected '25' in hour, expected 00-23")]
    [InlineData("[2012-12-04 10:61]", "unexpected '61' in minute, expected 00-59")]
    [InlineData("[2012-12-04 10:4]", "unexpected '4]' in minute, expected 00-59")]
    [InlineData("[2012-12-0410:40]", "unexpected '1', expected space")]
    public void Rejects_an_impossible_or_malformed_timestamp_with_its_own_message(string text, string message)
    {
        Parsing.Reject(DateGrammar.Timestamp, text).Message.Should().Be(message);
    }

    [Theory]
    [InlineData("[2012-12-04 10:40] x")]
    [InlineData("[2012-12-04 10:40]]")]
    [InlineData("- [2012-12-04 10:40]")]
    [InlineData("2012-12-04 10:40")]
    [InlineData("(2012-12-04 10:40)")]
    [InlineData("[2012-12/04 10:40]")]
    [InlineData("[2012-12-04 10:40:60]")]
    [InlineData("[2012-12-04T10:40]")]
    [InlineData("[2012-12-04]")]
    [InlineData("[10:40]")]
    [InlineData("")]
    public void Rejects_anything_else(string text)
    {
        Parsing.Reject(DateGrammar.Timestamp, text);
    }

    [Fact]
    public void A_timestamp_with_text_after_it_fails_where_the_text_starts()
    {
        Parsing.Reject(DateGrammar.Timestamp, "[2012-12-04 10:40] x").Remainder.Position.Should().Be(19);
    }

    [Fact]
    public void Every_stamp_of_the_seed_is_a_timestamp_on_the_event_day()
    {
        var stamps = Array.FindAll(Seed.Text.Split('\n'), line => line.StartsWith('['));

        stamps.Should().HaveCount(18);
        foreach (string stamp in stamps)
        {
            var value = Parsing.Value(DateGrammar.Timestamp, stamp);
            value.Value.Date.Should().Be(new DateTime(2012, 12, 4));
            value.HasSeconds.Should().BeFalse();
        }
    }
}
