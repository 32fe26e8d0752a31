using System;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The sessions the reader of real notes decided keep its reasons: a day heading's names the date it read, a break's
// rule says it was taken for a break; a talk's times past midnight end on the next day.
public sealed class ReaderSessionEvidenceTests
{
    private const string DevConf = "# DevConf 2024\n\n## Day 1 - 9/3/2025\n\n### Opening the box by Ana Ruiz\n\n* notes\n\n"
        + "### Lunch\n\n### Closing the box by Ben Ode\n\n* notes\n";

    [Fact]
    public void A_day_headings_evidence_names_the_date_written_in_it()
    {
        var log = ConferenceLog.Parse(DevConf);

        var day = log.Sessions.OfType<Section>().Single(s => s.Title == "Day 1 - 9/3/2025");
        var why = day.Evidence.Should().ContainSingle().Subject;
        why.Rule.Should().Be("day: day heading");
        why.Detail.Should().Be("9/3/2025");
        why.Line.Should().Be(3);
    }

    [Fact]
    public void A_break_the_reader_found_says_why_it_is_one()
    {
        var log = ConferenceLog.Parse(DevConf);

        var lunch = log.Sessions.OfType<Break>().Should().ContainSingle().Subject;
        lunch.Title.Should().Be("Lunch");
        var why = lunch.Evidence.Should().ContainSingle().Subject;
        why.Rule.Should().StartWith("break: ");
        why.Line.Should().Be(9);
    }

    private static Talk Timed(string times) =>
        ConferenceLog.Parse($"# RustConf 2025\n\n## 9/3/2025\n\n### Late show {times}\n\n- notes\n").Talks.Single();

    [Fact]
    public void A_talk_ending_before_it_starts_ends_on_the_next_day()
    {
        var talk = Timed("11:30pm to 12:30am");

        talk.Start.Should().Be(new DateTime(2025, 9, 3, 23, 30, 0));
        talk.End.Should().Be(new DateTime(2025, 9, 4, 0, 30, 0));
        talk.StartInferred.Should().BeFalse("its start is written");
    }

    [Fact]
    public void A_talk_ending_when_it_starts_ends_on_the_same_day()
    {
        var talk = Timed("9:15am to 9:15am");

        talk.Start.Should().Be(new DateTime(2025, 9, 3, 9, 15, 0));
        talk.End.Should().Be(new DateTime(2025, 9, 3, 9, 15, 0));
    }

    [Fact]
    public void A_first_talk_with_its_start_written_does_not_take_the_events_opening_time()
    {
        var log = ConferenceLog.Parse("# RustConf 2025-09-03 09:00-17:00\n\n### Opening keynote 9:15am to 9:45am\n\n- welcome\n");

        var talk = log.Talks.Single();
        talk.Start.Should().Be(new DateTime(2025, 9, 3, 9, 15, 0));
        talk.StartInferred.Should().BeFalse("its start is written in its header");
    }
}
