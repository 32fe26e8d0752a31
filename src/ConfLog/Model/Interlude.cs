using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// Text outside talks and breaks: the trip to the venue before the first talk, a remark between a
/// talk's end and the next session, the trip home after the last.
/// </summary>
/// <param name="Items">What the interlude holds, in source order.</param>
/// <param name="Span">From its first line through its last.</param>
public sealed record Interlude(ImmutableArray<SessionItem> Items, SourceSpan Span)
    : Session(Items, null, null, false, Span)
{
    /// <inheritdoc/>
    public override SessionKind Kind => SessionKind.Interlude;
}
