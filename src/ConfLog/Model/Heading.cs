using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A Markdown heading inside a session, deeper than the session's own: <c>### Questions</c> under <c>## Talk / Speaker</c>.</summary>
/// <param name="Text">The heading's text.</param>
/// <param name="Level">The number of <c>#</c> signs.</param>
/// <param name="Span">The line.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Heading>))]
public sealed record Heading(string Text, int Level, SourceSpan Span) : SessionItem(Span)
{
    /// <inheritdoc/>
    public bool Equals(Heading? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    private protected override bool HasSameValues(Node other)
    {
        var heading = (Heading)other;
        return Text == heading.Text && Level == heading.Level;
    }
}
