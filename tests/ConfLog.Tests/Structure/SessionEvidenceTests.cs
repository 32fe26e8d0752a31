using System.Collections.Immutable;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// Session.Evidence: why each session is what it is, from the reader's decisions or, in the seed's dialect, its grammar.
public sealed class SessionEvidenceTests
{
    [Fact]
    public void The_seeds_lunch_break_is_a_break_by_its_heading_at_line_90()
    {
        var lunch = ConferenceLog.Parse(Seed.Text).Sessions.OfType<Break>().Single();

        lunch.Evidence.Should().Equal(new Evidence("break heading", 90, "昼休憩"));
    }

    [Fact]
    public void A_seed_talk_made_by_hand_equals_the_parsed_one_with_its_evidence()
    {
        var parsed = ConferenceLog.Parse("Title / Ann(Acme)\n").Talks.Single();
        var byHand = new Talk("Title", ImmutableArray.Create(parsed.Speakers[0]), parsed.Header, parsed.Items, parsed.Start, parsed.End, parsed.StartInferred, parsed.Span);

        byHand.Evidence.Should().Equal(parsed.Evidence);
        byHand.Should().Be(parsed);
    }

    [Fact]
    public void A_day_heading_read_by_the_reader_says_it_is_a_day_on_its_line()
    {
        var log = ConferenceLog.Parse("# Summit\n\n## Day 1\n\n### Scaling writes by Jane Roe\n- shard by tenant\n");

        var day = log.Sessions.OfType<Section>().Single(s => s.Title == "Day 1");
        day.Evidence.Should().ContainSingle().Which.Should().Be(new Evidence("day: day heading", 3, "Day 1"));
    }

    [Fact]
    public void A_section_read_by_the_reader_keeps_the_readers_rule()
    {
        var log = ConferenceLog.Parse("# 勉強会\n\n## はじめに\n\n- 参加\n\n## 型の話 by 佐藤花子 さん\n\n- 型\n\n## 次の話 by 山田太郎 さん\n\n- 次\n");

        var section = log.Sessions.OfType<Section>().Single(s => s.Title == "はじめに");
        section.Evidence.Single().Rule.Should().StartWith("section: ");
        section.Evidence.Single().Line.Should().Be(3);
    }

    [Fact]
    public void An_interlude_has_no_evidence()
    {
        var interlude = ConferenceLog.Parse(Seed.Text).Sessions.OfType<Interlude>().First();

        interlude.Evidence.Should().BeEmpty();
    }
}
