using System;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class DateTests
{
    [Theory]
    [InlineData("2012-12-04", 2012, 12, 4)]
    [InlineData("2012/12/04", 2012, 12, 4)]
    [InlineData("2012-02-29", 2012, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("2013-02-28", 2013, 2, 28)]
    [InlineData("2012-04-30", 2012, 4, 30)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Reads_a_calendar_date(string text, int year, int month, int day)
    {
        var result = Parsing.Accept(DateGrammar.Date, text);

        result.Value.Should().Be(new DateTime(year, month, day));
        result.Remainder.Position.Should().Be(10);
    }

    [Fact]
    public void Stops_after_the_day()
    {
        Parsing.Accept(DateGrammar.Date, "2012-12-04 10:40").Remainder.Position.Should().Be(10);
    }

    [Fact]
    public void Reads_from_the_input_position()
    {
        var result = DateGrammar.Date(new LineInput("[2012-12-04 10:40]", 1));

        result.Value.Should().Be(new DateTime(2012, 12, 4));
        result.Remainder.Position.Should().Be(11);
    }

    [Theory]
    [InlineData("2012-13-45", "unexpected '13' in month, expected 01-12")]
    [InlineData("2013-02-29", "unexpected '29' in day, expected 01-28")]
    [InlineData("1900-02-29", "unexpected '29' in day, expected 01-28")]
    [InlineData("2012-02-30", "unexpected '30' in day, expected 01-29")]
    [InlineData("2012-04-31", "unexpected '31' in day, expected 01-30")]
    [InlineData("2012-12-32", "unexpected '32' in day, expected 01-31")]
    [InlineData("2012-12-00", "unexpected '00' in day, expected 01-31")]
    [InlineData("2012-00-10", "unexpected '00' in month, expected 01-12")]
    [InlineData("2012-1-04", "unexpected '1-' in month, expected 01-12")]
    [InlineData("2012-12-4", "unexpected '4' in day, expected 01-31")]
    [InlineData("0000-12-04", "unexpected '0000' in year, expected 0001-9999")]
    [InlineData("12-12-04", "unexpected '12-1' in year, expected 0001-9999")]
    [InlineData("", "unexpected end of line in year, expected 0001-9999")]
    public void Rejects_an_impossible_date_naming_the_field(string text, string message)
    {
        Parsing.Reject(DateGrammar.Date, text).Message.Should().Be(message);
    }

    [Theory]
    [InlineData("2012-12/04", 7)]
    [InlineData("2012/12-04", 7)]
    [InlineData("2012.12.04", 4)]
    [InlineData("2012年12月4日", 4)]
    public void Rejects_other_or_mixed_separators(string text, int failsAt)
    {
        Parsing.Reject(DateGrammar.Date, text).Remainder.Position.Should().Be(failsAt);
    }

    [Theory]
    [InlineData("-", '-')]
    [InlineData("/", '/')]
    public void DateSeparator_is_a_dash_or_a_slash(string text, char separator)
    {
        Parsing.Value(DateGrammar.DateSeparator, text).Should().Be(separator);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("－")]
    public void DateSeparator_rejects_anything_else(string text)
    {
        Parsing.Reject(DateGrammar.DateSeparator, text);
    }
}
