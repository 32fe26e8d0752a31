using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class NumberTests
{
    [Theory]
    [InlineData("12", 2, 2, 1, 12, 12, 2)]
    [InlineData("04-", 2, 2, 1, 31, 4, 2)]
    [InlineData("2012-12-04", 4, 4, 1, 9999, 2012, 4)]
    [InlineData("9:30", 1, 2, 0, 23, 9, 1)]
    [InlineData("17:50", 1, 2, 0, 23, 17, 2)]
    [InlineData("00", 2, 2, 0, 59, 0, 2)]
    [InlineData("123", 1, 2, 0, 99, 12, 2)]
    public void Reads_the_value_and_consumes_its_digits(string text, int minDigits, int maxDigits, int min, int max, int value, int consumed)
    {
        var result = Parsing.Accept(TextRuns.Number(minDigits, maxDigits, min, max, "n"), text);

        result.Value.Should().Be(value);
        result.Remainder.Position.Should().Be(consumed);
    }

    [Theory]
    [InlineData("13", 2, 2, 1, 12, "month", "unexpected '13' in month, expected 01-12")]
    [InlineData("00", 2, 2, 1, 12, "month", "unexpected '00' in month, expected 01-12")]
    [InlineData("1-", 2, 2, 1, 12, "month", "unexpected '1-' in month, expected 01-12")]
    [InlineData("", 2, 2, 1, 12, "month", "unexpected end of line in month, expected 01-12")]
    [InlineData("x", 2, 2, 1, 12, "month", "unexpected 'x' in month, expected 01-12")]
    [InlineData("20a", 4, 4, 1, 9999, "year", "unexpected '20a' in year, expected 0001-9999")]
    [InlineData("0000", 4, 4, 1, 9999, "year", "unexpected '0000' in year, expected 0001-9999")]
    [InlineData("24", 1, 2, 0, 23, "hour", "unexpected '24' in hour, expected 0-23")]
    [InlineData("60", 2, 2, 0, 59, "minute", "unexpected '60' in minute, expected 00-59")]
    public void Fails_out_of_range_or_short_with_a_message_naming_the_field(string text, int minDigits, int maxDigits, int min, int max, string name, string message)
    {
        var result = Parsing.Reject(TextRuns.Number(minDigits, maxDigits, min, max, name), text);

        result.Message.Should().Be(message);
        result.Remainder.Position.Should().Be(0);
    }

    [Fact]
    public void Reads_from_the_input_position()
    {
        var result = TextRuns.Number(2, 2, 1, 12, "month")(new LineInput("2012-12-04", 5));

        result.WasSuccessful.Should().BeTrue();
        result.Value.Should().Be(12);
        result.Remainder.Position.Should().Be(7);
    }

    [Fact]
    public void Reads_only_ascii_digits()
    {
        Parsing.Reject(TextRuns.Number(2, 2, 0, 99, "n"), "１２").Message.Should().Be("unexpected '１２' in n, expected 00-99");
    }
}
