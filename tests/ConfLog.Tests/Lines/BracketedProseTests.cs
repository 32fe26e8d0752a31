using System.Linq;
using ConfLog.Diagnostics;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Lines;

// A prose line that opens with '[' and a digit was most likely meant as a timestamp, and is reported; one that opens
// with '[' and anything else, or is '[' alone, is prose like any other.
public sealed class BracketedProseTests
{
    [Theory]
    [InlineData("[")]
    [InlineData("  [  ")]
    [InlineData("[x]")]
    [InlineData("[ 2012-12-04 10:40]")]
    [InlineData("[]")]
    public void A_bracket_not_followed_by_a_digit_is_prose_with_no_diagnostic(string line)
    {
        var log = ConferenceLog.Parse(line);

        log.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("[1", 2)]
    [InlineData("[1]", 2)]
    [InlineData("  [2012.12.04 10:40]", 8)]
    public void A_bracket_followed_by_a_digit_is_reported_as_not_a_timestamp(string line, int column)
    {
        var diagnostic = ConferenceLog.Parse(line).Diagnostics.Should().ContainSingle().Which;

        diagnostic.Code.Should().Be(DiagnosticCodes.MalformedTimestamp.Code);
        diagnostic.Message.Should().StartWith($"'{line.Trim()}' is not a timestamp: ");
        diagnostic.Span.Column.Should().Be(column);
        diagnostic.Span.Length.Should().Be(line.Length - column + 1, "the span runs from the failure to the end of the line");
    }
}
