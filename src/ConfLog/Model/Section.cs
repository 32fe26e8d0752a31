using System;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// A part of the notes under a Markdown heading that is not a talk header: <c>## for loops</c>. Deeper
/// headings inside it are <see cref="Heading"/> items.
/// </summary>
/// <param name="Title">The heading's text.</param>
/// <param name="Level">The number of <c>#</c> signs.</param>
/// <param name="Header">Where the heading stands.</param>
/// <param name="Items">What the section holds, in source order.</param>
/// <param name="Start">When it started, from the timestamps around it.</param>
/// <param name="End">When it ended.</param>
/// <param name="Span">From the section's first line through its last.</param>
public sealed record Section(
    string Title,
    int Level,
    SourceSpan Header,
    ImmutableArray<SessionItem> Items,
    DateTime? Start,
    DateTime? End,
    SourceSpan Span) : Session(Items, Start, End, false, Span)
{
    /// <inheritdoc/>
    public override SessionKind Kind => SessionKind.Section;
}
