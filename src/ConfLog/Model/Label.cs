using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A labelled bullet of the event header: <c>- 資料: そのうち公開されるはず...</c>.</summary>
/// <param name="Name">The label before the colon (<c>資料</c>).</param>
/// <param name="Text">The text after it.</param>
/// <param name="Span">The whole line.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Label>))]
public sealed record Label(string Name, string Text, SourceSpan Span) : Node(Span)
{
    /// <inheritdoc/>
    public bool Equals(Label? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    private protected override bool HasSameValues(Node other)
    {
        var label = (Label)other;
        return Name == label.Name && Text == label.Text;
    }
}
