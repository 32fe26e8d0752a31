using System;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// Only the first talk, with no timestamp anywhere before it, takes the event's opening time. Each case here was a
// surviving mutant of SessionAssembler: the seed has a timestamp after its first talk, so it cannot tell these apart.
public sealed class InferredStartTests
{
    private static readonly DateTime Opening = new(2012, 12, 4, 10, 10, 0);

    [Fact]
    public void Of_two_untimed_talks_only_the_first_takes_the_events_opening_time()
    {
        var talks = ConferenceLog.Parse("- 2012-12-04 Hall 10:10〜17:50\nFirst / Ann\n- a\nSecond / Bob\n- b\n").Talks;

        talks.Select(talk => (talk.Title, talk.Start, talk.StartInferred))
            .Should().Equal(("First", Opening, true), ("Second", (DateTime?)null, false));
    }

    [Fact]
    public void A_talk_after_a_section_preceded_by_two_timestamps_takes_no_opening_time()
    {
        // Two stamps, not one: an odd number of stamps would hide a "seen" flag that toggles instead of sticking.
        const string text = "- 2012-12-04 Hall 10:10〜17:50\n[2012-12-04 10:20]\n[2012-12-04 10:25]\n## Morning\nFirst / Ann\n- a\n";

        var log = ConferenceLog.Parse(text);

        log.Sessions.OfType<Section>().Should().ContainSingle().Which.Start.Should().Be(new DateTime(2012, 12, 4, 10, 25, 0));
        var talk = log.Talks.Should().ContainSingle().Subject;
        talk.Start.Should().BeNull();
        talk.StartInferred.Should().BeFalse();
    }

    [Fact]
    public void A_talk_after_a_section_preceded_by_one_timestamp_takes_no_opening_time_either()
    {
        const string text = "- 2012-12-04 Hall 10:10〜17:50\n[2012-12-04 10:20]\n## Morning\nFirst / Ann\n- a\n";

        var talk = ConferenceLog.Parse(text).Talks.Should().ContainSingle().Subject;

        talk.Start.Should().BeNull();
        talk.StartInferred.Should().BeFalse();
    }

    [Fact]
    public void A_first_talk_after_an_untimed_section_takes_the_events_opening_time()
    {
        // The inference is for the first talk, not the first session: a section before it does not use it up.
        var talk = ConferenceLog.Parse("- 2012-12-04 Hall 10:10〜17:50\n## Morning\nFirst / Ann\n- a\n").Talks.Single();

        talk.Start.Should().Be(Opening);
        talk.StartInferred.Should().BeTrue();
    }

    [Fact]
    public void Without_opening_hours_no_start_is_inferred()
    {
        var talk = ConferenceLog.Parse("- 2012-12-04 Hall\nFirst / Ann\n- a\n").Talks.Single();

        talk.Start.Should().BeNull();
        talk.StartInferred.Should().BeFalse();
    }
}
