using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// Text outside talks and breaks: the trip to the venue before the first talk, a remark between a
/// talk's end and the next session, the trip home after the last. It has no <see cref="Session.Title"/> and no <see cref="Session.Header"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Interlude>))]
public sealed record Interlude : Session
{
    /// <summary>Initializes an interlude.</summary>
    /// <param name="items">What the interlude holds, in source order.</param>
    /// <param name="span">From its first line through its last.</param>
    public Interlude(ImmutableArray<SessionItem> items, SourceSpan span)
        : base(items, null, null, false, header: null, span)
    {
    }

    /// <inheritdoc/>
    public override SessionKind Kind => SessionKind.Interlude;

    /// <summary>Gives where the interlude stands.</summary>
    /// <returns><c>interlude at (line,col)</c>.</returns>
    public override string ToString() => $"interlude at {Span}";
}
