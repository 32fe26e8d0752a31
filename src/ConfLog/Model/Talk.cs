using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A talk: <c>TwitVisor / 島田恭平(筑波大学)</c> and what was noted during it.</summary>
/// <param name="Title">The title: everything before the last <c> / </c> of the header.</param>
/// <param name="Speakers">The speakers, in the order the header names them.</param>
/// <param name="Header">Where the header line stands.</param>
/// <param name="Items">What the talk holds, in source order.</param>
/// <param name="Start">When it started.</param>
/// <param name="End">When it ended.</param>
/// <param name="StartInferred">Whether the start was taken from the event's hours.</param>
/// <param name="Span">From the talk's first line through its last.</param>
public sealed record Talk(
    string Title,
    ImmutableArray<Speaker> Speakers,
    SourceSpan Header,
    ImmutableArray<SessionItem> Items,
    DateTime? Start,
    DateTime? End,
    bool StartInferred,
    SourceSpan Span) : Session(Items, Start, End, StartInferred, Span)
{
    private TextSlice _title = new(Title);

    // Made by the parser, with the title still a place in the input.
    internal Talk(TextSlice title, ImmutableArray<Speaker> speakers, SourceSpan header, ImmutableArray<SessionItem> items, DateTime? start, DateTime? end, bool startInferred, SourceSpan span)
        : this(string.Empty, speakers, header, items, start, end, startInferred, span) => _title = title;

    /// <summary>Gets the title: everything before the last <c> / </c> of the header.</summary>
    public string Title { get => _title.Value; init => _title = new TextSlice(value); }

    /// <inheritdoc/>
    public override SessionKind Kind => SessionKind.Talk;

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Items.Cast<Node>().Concat(Speakers).OrderBy(node => node.Span.Offset);
}
