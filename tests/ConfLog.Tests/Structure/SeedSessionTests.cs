using System;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

public sealed class SeedSessionTests
{
    private static readonly Session[] Sessions = Seed.Log.Sessions.ToArray();

    [Fact]
    public void Sessions_come_in_source_order_with_interludes_where_prose_stands_outside_talks()
    {
        Sessions.Select(s => s.Kind).Should().Equal(
            SessionKind.Interlude,
            SessionKind.Talk, SessionKind.Talk, SessionKind.Talk,
            SessionKind.Interlude,
            SessionKind.Break,
            SessionKind.Talk, SessionKind.Talk, SessionKind.Talk, SessionKind.Talk, SessionKind.Talk, SessionKind.Talk, SessionKind.Talk,
            SessionKind.Interlude);
    }

    [Fact]
    public void The_opening_prose_is_an_interlude_of_lines_4_and_5()
    {
        Sessions[0].Prose.Select(p => p.Span.Line).Should().Equal(4, 5);
        Sessions[0].Prose[0].Text.Should().StartWith("新宿→池袋→茗荷谷で行くつもりが");
    }

    [Fact]
    public void The_lunch_break_runs_from_12_09_to_13_16_with_its_prose()
    {
        var lunch = Sessions.OfType<Break>().Should().ContainSingle().Subject;
        lunch.Title.Should().Be("昼休憩");
        lunch.Header.Line.Should().Be(90);
        lunch.Start.Should().Be(new DateTime(2012, 12, 4, 12, 9, 0));
        lunch.End.Should().Be(new DateTime(2012, 12, 4, 13, 16, 0));
        lunch.Prose.Select(p => p.Span.Line).Should().Equal(91, 92, 93);
    }

    [Fact]
    public void The_remark_after_talk_three_ended_is_an_interlude_before_the_break()
    {
        Sessions[4].Should().BeOfType<Interlude>();
        Sessions[4].Prose.Should().ContainSingle().Which.Text.Should().Be("隣でオリンパスが特徴的な音をだしてた。");
        Sessions[4].Span.Line.Should().Be(89);
    }

    [Fact]
    public void The_trip_home_is_the_closing_interlude()
    {
        Sessions[^1].Prose.Should().ContainSingle().Which.Text.Should().StartWith("帰りは池袋経由で会社に戻って一服");
        Sessions[^1].Span.Line.Should().Be(230);
    }

    [Fact]
    public void A_single_stamp_between_two_talks_ends_one_and_starts_the_next()
    {
        var talks = Seed.Log.Talks;
        talks[5].End.Should().Be(talks[6].Start);
        talks[5].Timestamps.Select(t => t.Span.Line).Should().Equal(133, 153);
        talks[6].Timestamps.Select(t => t.Span.Line).Should().Equal(180);
    }

    [Fact]
    public void Of_two_stamps_between_talks_the_first_ends_one_and_the_second_starts_the_next()
    {
        var talks = Seed.Log.Talks;
        talks[1].Timestamps[^1].Span.Line.Should().Be(63);
        talks[2].Timestamps[0].Span.Line.Should().Be(64);
        talks[2].Span.Line.Should().Be(64);
        talks[2].Header.Line.Should().Be(65);
    }
}
