using System;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A pause: <c>昼休憩</c> and what was noted during it. Its start is never inferred: only a first talk takes the event's start.</summary>
/// <param name="Name">The break heading as written.</param>
/// <param name="Header">Where the heading stands.</param>
/// <param name="Items">What the break holds, in source order.</param>
/// <param name="Start">When it started.</param>
/// <param name="End">When it ended.</param>
/// <param name="Span">From the break's first line through its last.</param>
public sealed record Break(
    string Name,
    SourceSpan Header,
    ImmutableArray<SessionItem> Items,
    DateTime? Start,
    DateTime? End,
    SourceSpan Span) : Session(Items, Start, End, StartInferred: false, Span)
{
    /// <inheritdoc/>
    public override SessionKind Kind => SessionKind.Break;
}
