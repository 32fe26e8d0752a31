using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>An empty line, or one of only white space. Kept so that every line belongs to a node.</summary>
/// <param name="Span">The line.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Blank>))]
public sealed record Blank(SourceSpan Span) : SessionItem(Span)
{
    // A blank line is its place.
    private protected override bool HasSameValues(Node other) => true;
}
