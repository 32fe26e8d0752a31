using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A lightning-talk list's bullets are talks, but no heading holds them: a heading after the list, at any level, opens
// its own section rather than staying in the last lightning talk. The list's heading is a group, and says so.
public sealed class LightningTalkListTests
{
    private const string Notes = """
        # Tokyo meetup 2020

        ## Keynote by Cy Doe

        - notes

        ## Lightning talks

        - Fast builds by Ann Lee
        - Slow tests by Bob Sato

        # Sponsors

        - Acme
        """;

    [Fact]
    public void A_heading_after_the_lightning_talks_opens_its_own_section()
    {
        var log = ConferenceLog.Parse(Notes);

        log.Talks.Select(t => t.Title).Should().Equal("Keynote", "Fast builds", "Slow tests");
        var sponsors = log.Sessions.OfType<Model.Section>().Should().ContainSingle(s => s.Title == "Sponsors").Subject;
        sponsors.Span.Line.Should().Be(12);
        log.Talks.Last().Span.End.Should().BeLessThanOrEqualTo(sponsors.Span.Offset);
    }

    [Fact]
    public void The_lightning_talk_lists_heading_is_a_group_and_its_evidence_says_so()
    {
        var log = ConferenceLog.Parse(Notes);

        var group = log.Sessions.OfType<Model.Section>().Single(s => s.Title == "Lightning talks");
        group.Evidence.Select(e => e.Rule).Should().Equal("group: lightning-talk list");
        group.Evidence[0].Line.Should().Be(7);
    }
}
