using System;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A timestamp line: <c>[2012-12-04 11:23]</c>.</summary>
/// <param name="Value">The date and time written.</param>
/// <param name="HasSeconds">Whether seconds were written.</param>
/// <param name="Span">The line.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Timestamp>))]
public sealed record Timestamp(DateTime Value, bool HasSeconds, SourceSpan Span) : SessionItem(Span)
{
    /// <inheritdoc/>
    public bool Equals(Timestamp? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    private protected override bool HasSameValues(Node other)
    {
        var stamp = (Timestamp)other;
        return Value == stamp.Value && HasSeconds == stamp.HasSeconds;
    }
}
