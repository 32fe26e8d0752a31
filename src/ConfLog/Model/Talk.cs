using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A talk: <c>TwitVisor / 島田恭平(筑波大学)</c> and what was noted during it.</summary>
public sealed record Talk : Session
{
    private TextSlice _title;

    /// <summary>Initializes a talk.</summary>
    /// <param name="title">The title: everything before the last <c> / </c> of the header.</param>
    /// <param name="speakers">The speakers, in the order the header names them.</param>
    /// <param name="header">Where the header line stands.</param>
    /// <param name="items">What the talk holds, in source order.</param>
    /// <param name="start">When it started.</param>
    /// <param name="end">When it ended.</param>
    /// <param name="startInferred">Whether the start was taken from the event's hours.</param>
    /// <param name="span">From the talk's first line through its last.</param>
    public Talk(string title, ImmutableArray<Speaker> speakers, SourceSpan header, ImmutableArray<SessionItem> items, DateTime? start, DateTime? end, bool startInferred, SourceSpan span)
        : this(new TextSlice(title), speakers, header, items, start, end, startInferred, span)
    {
    }

    // Made by the parser, with the title still a place in the input.
    internal Talk(TextSlice title, ImmutableArray<Speaker> speakers, SourceSpan header, ImmutableArray<SessionItem> items, DateTime? start, DateTime? end, bool startInferred, SourceSpan span)
        : base(items, start, end, startInferred, header, span)
    {
        _title = title;
        Speakers = speakers;
    }

    /// <summary>Gets the title: everything before the last <c> / </c> of the header.</summary>
    public override string Title => _title.Value;

    /// <summary>Gets where the header line stands.</summary>
    public new SourceSpan Header => base.Header.GetValueOrDefault();

    /// <summary>Gets the speakers, in the order the header names them.</summary>
    public ImmutableArray<Speaker> Speakers { get; init; }

    /// <inheritdoc/>
    public override SessionKind Kind => SessionKind.Talk;

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => SourceOrder.Merge(Items, Speakers);

    /// <inheritdoc/>
    public bool Equals(Talk? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>Gives the header in its canonical form: <c>TwitVisor / 島田恭平(筑波大学)</c>, speakers joined by <c>, </c>.</summary>
    /// <returns>The title, a slash, and the speakers.</returns>
    public override string ToString() => $"{Title} / {string.Join(", ", Speakers)}";

    // The slices, so that comparing two parses makes no title string; the speakers are children.
    private protected override bool HasSameValues(Node other) => base.HasSameValues(other) && _title.Equals(((Talk)other)._title);
}
