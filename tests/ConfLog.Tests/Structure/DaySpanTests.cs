using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A day runs from its heading through the session before the next day's heading; the last day through the log's end.
public sealed class DaySpanTests
{
    private const string TwoDays = """
        # Postgres Conference 2019

        ## Day 1 - March 19

        ### Synergy: Teamwork makes the dream work by Zak Tedder

        - teams that talk ship

        ## Day 2 - March 20

        ### Logical replication in practice by Sam Poe

        - slots fill the disk
        """;

    [Fact]
    public void A_day_ends_with_the_session_before_the_next_days_heading()
    {
        var log = ConferenceLog.Parse(TwoDays);

        log.Days.Should().HaveCount(2);
        var first = log.Days[0];
        first.Span.Covers(first.Header).Should().BeTrue();
        first.Span.End.Should().Be(log.Days[0].Talks.Single().Span.End);
        first.Span.End.Should().BeLessThan(log.Days[1].Header.Offset);
        log.Days[1].Span.End.Should().Be(log.Sessions[^1].Span.End);
    }
}
