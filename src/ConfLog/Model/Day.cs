using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// A day of a multi-day log, opened by a day heading (<c># Day 1</c>, <c>## 9/3/2025</c>, <c>!! June 4</c>): its
/// heading's text, its date when the heading writes one, and the talks under it. The heading itself is also the
/// <see cref="Section"/> that opens the day in <see cref="ConferenceLog.Sessions"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Day>))]
public sealed record Day : Node
{
    /// <summary>Initializes a day.</summary>
    /// <param name="title">The heading's text: <c>Day 1</c>.</param>
    /// <param name="date">The date the heading writes, or <see langword="null"/>.</param>
    /// <param name="header">Where the heading stands.</param>
    /// <param name="talks">The talks of the day, in order.</param>
    /// <param name="span">From the heading through the day's last line.</param>
    public Day(string title, DateTime? date, SourceSpan header, ImmutableArray<Talk> talks, SourceSpan span)
        : base(span)
    {
        Title = title;
        Date = date;
        Header = header;
        Talks = talks;
    }

    /// <summary>Gets the heading's text: <c>Day 1</c>, <c>9/3/2025</c>.</summary>
    public string Title { get; init; }

    /// <summary>Gets the date the heading writes, or <see langword="null"/> when it writes none (<c># Day 2</c>).</summary>
    public DateTime? Date { get; init; }

    /// <summary>Gets where the heading stands.</summary>
    public SourceSpan Header { get; init; }

    /// <summary>Gets the talks of the day, in order; they are also in <see cref="ConferenceLog.Talks"/>.</summary>
    public ImmutableArray<Talk> Talks { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Talks;

    /// <inheritdoc/>
    public bool Equals(Day? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>Gives the heading's text and the number of talks: <c>Day 1 (5 talks)</c>.</summary>
    /// <returns>The title and the count.</returns>
    public override string ToString() => $"{Title} ({Talks.Length} talks)";

    private protected override bool HasSameValues(Node other)
    {
        var day = (Day)other;
        return Title == day.Title && Date == day.Date && Header == day.Header;
    }
}
