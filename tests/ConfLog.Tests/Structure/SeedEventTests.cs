using System;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

public sealed class SeedEventTests
{
    private static readonly ConfLog.Model.Event Event = Seed.Log.Event;

    [Fact]
    public void The_event_has_its_date_venue_detail_and_hours()
    {
        Event.Date.Should().Be(new DateTime(2012, 12, 4));
        Event.Venue.Should().Be("筑波大学");
        Event.VenueDetail.Should().Be("茗荷谷");
        Event.Start.Should().Be(new TimeSpan(10, 10, 0));
        Event.End.Should().Be(new TimeSpan(17, 50, 0));
        Event.StartsAt.Should().Be(new DateTime(2012, 12, 4, 10, 10, 0));
    }

    [Fact]
    public void The_event_has_the_summit_link_and_the_materials_label()
    {
        Event.Links.Should().ContainSingle().Which.Url.Should().Be("http://www.bitvisor.org/summit/");
        Event.Labels.Should().ContainSingle();
        Event.Labels[0].Name.Should().Be("資料");
        Event.Labels[0].Text.Should().Be("そのうち公開されるはず...");
    }

    [Fact]
    public void The_event_spans_the_first_three_lines()
    {
        Event.Span.Line.Should().Be(1);
        Event.Span.Offset.Should().Be(0);
        Seed.Log.Source.LineAt(Event.Span.End).Number.Should().Be(3);
    }

    [Fact]
    public void The_seed_has_no_diagnostics()
    {
        Seed.Log.Diagnostics.Should().BeEmpty();
    }
}
