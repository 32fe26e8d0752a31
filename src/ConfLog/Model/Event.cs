using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// The event, from the bullets at the very top of the log:
/// <c>- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50</c>, a bullet with the event's URL, labelled bullets.
/// Every value is <see langword="null"/> when the log does not say it.
/// </summary>
/// <param name="Title">The event's title, or <see langword="null"/>.</param>
/// <param name="Date">The day of the event.</param>
/// <param name="Venue">The venue (<c>筑波大学</c>).</param>
/// <param name="VenueDetail">The detail in parentheses after the venue (<c>茗荷谷</c>).</param>
/// <param name="Start">The opening time.</param>
/// <param name="End">The closing time.</param>
/// <param name="Links">The URLs given as bullets of their own.</param>
/// <param name="Labels">The labelled bullets (<c>資料: ...</c>).</param>
/// <param name="Span">The header lines; an empty span at the start when there are none.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Event>))]
public sealed record Event(
    string? Title,
    DateTime? Date,
    string? Venue,
    string? VenueDetail,
    TimeSpan? Start,
    TimeSpan? End,
    ImmutableArray<Link> Links,
    ImmutableArray<Label> Labels,
    SourceSpan Span) : Node(Span)
{
    /// <summary>Gets the date and time the event opened, when both are known.</summary>
    public DateTime? StartsAt => Date + Start;

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => SourceOrder.Merge(Links, Labels);

    /// <inheritdoc/>
    public bool Equals(Event? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    // The links and the labels are children: the walk compares them.
    private protected override bool HasSameValues(Node other)
    {
        var ev = (Event)other;
        return Title == ev.Title && Date == ev.Date && Venue == ev.Venue && VenueDetail == ev.VenueDetail && Start == ev.Start && End == ev.End;
    }
}
