using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// Where the reader of real notes finds a talk's date: the day heading it stands under, before the event's own date.
public sealed class TalkDateTests
{
    private const string TwoDates = """
        # RustConf 2025-09-02

        ## 9/3/2025

        ### Opening keynote 9:15am to 9:45am

        - welcome
        """;

    [Fact]
    public void A_talk_under_a_dated_day_starts_on_that_day_not_on_the_events_date()
    {
        var log = ConferenceLog.Parse(TwoDates);

        log.Event.Date.Should().Be(new DateTime(2025, 9, 2));
        log.Days.Should().ContainSingle().Which.Date.Should().Be(new DateTime(2025, 9, 3));
        var keynote = log.Talks.Single(t => t.Title == "Opening keynote");
        keynote.Start.Should().Be(new DateTime(2025, 9, 3, 9, 15, 0));
        keynote.End.Should().Be(new DateTime(2025, 9, 3, 9, 45, 0));
    }

    [Fact]
    public void A_talk_under_a_day_with_no_date_starts_on_the_events_date()
    {
        var log = ConferenceLog.Parse(TwoDates.Replace("## 9/3/2025", "## Day 1", StringComparison.Ordinal));

        log.Days.Should().ContainSingle().Which.Date.Should().BeNull();
        var keynote = log.Talks.Single(t => t.Title == "Opening keynote");
        keynote.Start.Should().Be(new DateTime(2025, 9, 2, 9, 15, 0));
        keynote.End.Should().Be(new DateTime(2025, 9, 2, 9, 45, 0));
    }
}
