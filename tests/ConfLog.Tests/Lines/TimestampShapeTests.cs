using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class TimestampShapeTests
{
    [Theory]
    [InlineData("[2012-12-04 10:40]")]
    [InlineData("[2012-13-45 25:61]")]
    [InlineData("[2013-02-29 10:40]")]
    [InlineData("[2012/12/04 10:40:15]")]
    [InlineData("[9999/99/99 99:99:99]")]
    [InlineData("  [0000-00-00 00:00]\t")]
    public void Accepts_the_form_of_a_timestamp_whatever_its_values(string text)
    {
        Parsing.Accept(DateGrammar.TimestampShape, text).Remainder.AtEnd.Should().BeTrue();
    }

    [Theory]
    [InlineData("[2012-12-04 10:4]")]
    [InlineData("[12-12-04 10:40]")]
    [InlineData("[2012-1-04 10:40]")]
    [InlineData("[2012-12/04 10:40]")]
    [InlineData("[2012-12-0410:40]")]
    [InlineData("[2012-12-04 10:40] x")]
    [InlineData("[2012-12-04]")]
    [InlineData("2012-12-04 10:40")]
    [InlineData("")]
    public void Rejects_what_does_not_have_the_form(string text)
    {
        Parsing.Reject(DateGrammar.TimestampShape, text);
    }

    [Theory]
    [InlineData("[2012-13-45 25:61]")]
    [InlineData("[2012-12-04 10:40]")]
    [InlineData("[2012-12-04 10:4]")]
    public void A_line_with_the_form_that_is_no_timestamp_has_an_impossible_value(string text)
    {
        bool shape = DateGrammar.TimestampShape(new LineInput(text)).WasSuccessful;
        bool timestamp = DateGrammar.Timestamp(new LineInput(text)).WasSuccessful;
        bool possible = System.DateTime.TryParseExact(
            text.Trim('[', ']'), "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

        timestamp.Should().Be(shape && possible);
    }
}
