using FluentAssertions;
using ConfLog.Lines;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// The venue of an event header runs to its parenthesized detail, or to the white space before the hours: digits and
// a colon inside a word, or more digits than an hour has, are part of the venue. The query and the one-pass reader
// the line dispatcher runs must both say so.
public sealed class EventHeaderVenueTests
{
    [Theory]
    [InlineData("- 2012-12-04 Tokyo ", "Tokyo")]
    [InlineData("- 2012-12-04 Tokyo\u3000\t", "Tokyo")]
    [InlineData("- 2012-12-04 Room 1", "Room 1")]
    [InlineData("- 2012-12-04 Room 12", "Room 12")]
    [InlineData("- 2012-12-04 Room1:30〜2:00", "Room1:30〜2:00")]
    [InlineData("- 2012-12-04 Building 101:A", "Building 101:A")]
    [InlineData("- 2012-12-04 Tokyo : TBD", "Tokyo : TBD")]
    [InlineData("- 2012-12-04 Tokyo :30", "Tokyo :30")]
    public void A_venue_without_hours_after_white_space_is_the_whole_rest_of_the_line(string line, string venue)
    {
        var header = Parsing.Value(EventHeaderGrammar.EventHeader, line);
        var dispatched = ConfLogGrammar.Line(new LineInput(line)).Value;

        header.Venue.Should().Be(new LinePart(venue, 13));
        header.Hours.Should().BeNull();
        dispatched.Should().Be(header, "the reader reads what the query reads");
    }

    [Theory]
    [InlineData("- 2012-12-04 Room 1 9:30〜18:00", "Room 1", 9, 18)]
    [InlineData("- 2012-12-04 Room 12  10:10-17:50", "Room 12", 10, 17)]
    public void Hours_after_a_venue_that_ends_in_a_number_are_hours(string line, string venue, int opens, int closes)
    {
        var header = Parsing.Value(EventHeaderGrammar.EventHeader, line);
        var dispatched = ConfLogGrammar.Line(new LineInput(line)).Value;

        header.Venue.Should().Be(new LinePart(venue, 13));
        header.Hours!.Start.Hours.Should().Be(opens);
        header.Hours.End.Hours.Should().Be(closes);
        dispatched.Should().Be(header);
    }

    [Fact]
    public void A_line_that_is_not_an_event_header_is_reported_as_expecting_one()
    {
        var result = EventHeaderGrammar.EventHeader.TryParse("Lunch");

        result.WasSuccessful.Should().BeFalse();
        result.Expectations.Should().Equal("event header");
        result.Remainder.Position.Should().Be(0);
    }
}
