using System;
using System.Globalization;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class EventHeaderTests
{
    [Fact]
    public void Reads_the_seed_header()
    {
        const string line = "- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50";

        var header = Parsing.Value(EventHeaderGrammar.EventHeader, line);

        header.Marker.Should().Be(new LinePart("-", 0));
        header.Date.Should().Be(new DateTime(2012, 12, 4));
        header.Venue.Should().Be(new LinePart("筑波大学", 13));
        header.VenueDetail.Should().Be(new LinePart("茗荷谷", 18));
        header.Hours.Should().Be(new TimeRange(new TimeSpan(10, 10, 0), new TimeSpan(17, 50, 0)));
    }

    [Theory]
    [InlineData("- 2012-12-04 筑波大学（茗荷谷） 10:10〜17:50", "筑波大学", "茗荷谷", "10:10", "17:50")]
    [InlineData("- 2012-12-04 筑波大学 (茗荷谷) 10:10 ~ 17:50", "筑波大学", "茗荷谷", "10:10", "17:50")]
    [InlineData("- 2012-12-04 筑波大学(茗荷谷)10:10-17:50  ", "筑波大学", "茗荷谷", "10:10", "17:50")]
    [InlineData("- 2012-12-04 筑波大学(茗荷谷)", "筑波大学", "茗荷谷", null, null)]
    [InlineData("- 2012-12-04 筑波大学 10:10〜17:50", "筑波大学", null, "10:10", "17:50")]
    [InlineData("* 2012/12/04 Tokyo Big Sight 9:30-18:00", "Tokyo Big Sight", null, "09:30", "18:00")]
    [InlineData("- 2012-12-04 Tokyo", "Tokyo", null, null, null)]
    [InlineData("- 2012-12-04 Tokyo 10:10～17:50", "Tokyo", null, "10:10", "17:50")]
    public void Reads_venue_detail_and_hours_each_of_which_may_be_left_out(string line, string venue, string? detail, string? start, string? end)
    {
        var header = Parsing.Value(EventHeaderGrammar.EventHeader, line);

        header.Date.Should().Be(new DateTime(2012, 12, 4));
        header.Venue.Should().Be(new LinePart(venue, 13));
        if (detail is null)
        {
            header.VenueDetail.Should().BeNull();
        }
        else
        {
            header.VenueDetail.Should().Be(new LinePart(detail, line.IndexOf(detail, StringComparison.Ordinal)));
        }

        if (start is null)
        {
            header.Hours.Should().BeNull();
        }
        else
        {
            header.Hours.Should().Be(new TimeRange(TimeSpan.Parse(start, CultureInfo.InvariantCulture), TimeSpan.Parse(end!, CultureInfo.InvariantCulture)));
        }
    }

    [Theory]
    [InlineData("- 2012-12-04 10:10〜17:50")]
    [InlineData("- 2012-12-04 10:10 〜 17:50")]
    [InlineData("- 2012-12-04  9:30-18:00")]
    public void Reads_hours_right_after_the_date_with_no_venue(string line)
    {
        var header = Parsing.Value(EventHeaderGrammar.EventHeader, line);

        header.Venue.Length.Should().Be(0);
        header.VenueDetail.Should().BeNull();
        header.Hours.Should().NotBeNull();
        header.Hours!.End.Should().BeGreaterThan(header.Hours.Start);
    }

    [Fact]
    public void Reads_the_date_alone()
    {
        var header = Parsing.Value(EventHeaderGrammar.EventHeader, "- 2012-12-04");

        header.Date.Should().Be(new DateTime(2012, 12, 4));
        header.Venue.Should().Be(new LinePart(string.Empty, 12));
        header.VenueDetail.Should().BeNull();
        header.Hours.Should().BeNull();
    }

    [Theory]
    [InlineData("  - 2012-12-04 Tokyo", "-", 2)]
    [InlineData("・2012-12-04 Tokyo", "・", 0)]
    [InlineData("* 2012-12-04 Tokyo", "*", 0)]
    public void Keeps_the_marker_and_its_indentation(string line, string marker, int index)
    {
        Parsing.Value(EventHeaderGrammar.EventHeader, line).Marker.Should().Be(new LinePart(marker, index));
    }

    [Theory]
    [InlineData("- 2012-13-45 筑波大学", "unexpected '13' in month, expected 01-12")]
    [InlineData("- 2013-02-29 筑波大学", "unexpected '29' in day, expected 01-28")]
    public void Rejects_an_impossible_date_with_its_message(string line, string message)
    {
        Parsing.Reject(EventHeaderGrammar.EventHeader, line).Message.Should().Be(message);
    }

    [Theory]
    [InlineData("2012-12-04 筑波大学(茗荷谷) 10:10〜17:50")]
    [InlineData("- http://www.bitvisor.org/summit/")]
    [InlineData("- 資料: そのうち公開されるはず...")]
    [InlineData("- 2012-12-04 Tokyo 10:00 onwards")]
    [InlineData("- 2012-12-04 筑波大学(茗荷谷) 10:10〜")]
    [InlineData("- 2012-12-04 筑波大学(茗荷谷")]
    [InlineData("[2012-12-04 10:40]")]
    [InlineData("---")]
    public void Rejects_lines_that_are_not_an_event_header(string line)
    {
        Parsing.Reject(EventHeaderGrammar.EventHeader, line);
    }
}
