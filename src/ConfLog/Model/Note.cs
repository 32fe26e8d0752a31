using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// A bullet: <c>- BitVisorはType I VMM</c>, or a labelled one <c>- ML: 海外からの問い合わせの方が多い。</c>, with the
/// indented lines that continue it. Lines read by a <see cref="Lines.LineRecognizer"/> of the user's are notes too.
/// Its <see cref="TextNode.Text"/> is the text after the marker, or after the label's colon; continuation lines
/// follow it, each after a line feed. Its <see cref="TextNode.Links"/> are those of the line and of its continuation lines.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Note>))]
public sealed record Note : TextNode
{
    /// <summary>The <see cref="Kind"/> of a note written as a bullet.</summary>
    public const string BulletKind = "note";

    private TextSlice _label;

    /// <summary>Initializes a note.</summary>
    /// <param name="text">The text after the marker, or after the label's colon; continuation lines follow it, each after a line feed.</param>
    /// <param name="label">The label before the colon, or <see langword="null"/>.</param>
    /// <param name="marker">The bullet marker as written (<c>-</c>, <c>*</c>, <c>・</c>...).</param>
    /// <param name="indent">The number of characters before the marker.</param>
    /// <param name="links">The URLs in the line and in its continuation lines.</param>
    /// <param name="children">The bullets indented under this one.</param>
    /// <param name="span">The line, through the last of its continuation lines and its children's lines.</param>
    /// <param name="kind">What kind of note: <see cref="BulletKind"/> for a bullet, or the kind of the user's <see cref="Lines.LineRecognizer"/> that read it.</param>
    public Note(string text, string? label, string marker, int indent, ImmutableArray<Link> links, ImmutableArray<Note> children, SourceSpan span, string kind = BulletKind)
        : this(new TextSlice(text), new TextSlice(label), marker, indent, links, children, span, kind)
    {
    }

    // Made by the parser, with the texts still places in the input.
    internal Note(TextSlice text, TextSlice label, string marker, int indent, ImmutableArray<Link> links, ImmutableArray<Note> children, SourceSpan span, string kind)
        : base(text, links, span)
    {
        _label = label;
        Marker = marker;
        Indent = indent;
        Children = children;
        Kind = kind;
    }

    /// <summary>Gets the label before the colon, or <see langword="null"/>.</summary>
    public string? Label { get => _label.Value; init => _label = new TextSlice(value); }

    /// <summary>Gets the bullet marker as written (<c>-</c>, <c>*</c>, <c>・</c>...).</summary>
    public string Marker { get; init; }

    /// <summary>Gets the number of characters before the marker.</summary>
    public int Indent { get; init; }

    /// <summary>Gets the bullets indented under this one.</summary>
    public ImmutableArray<Note> Children { get; init; }

    /// <summary>Gets what kind of note: <see cref="BulletKind"/> for a bullet, or the kind of the user's <see cref="Lines.LineRecognizer"/> that read it.</summary>
    public string Kind { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Links.Cast<Node>().Concat(Children);

    /// <inheritdoc/>
    public bool Equals(Note? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    // The children and the links are compared by the walk; a link and a note never stand at one place.
    private protected override bool HasSameValues(Node other)
    {
        var note = (Note)other;
        return base.HasSameValues(other) && _label.Equals(note._label) && Marker == note.Marker && Indent == note.Indent && Kind == note.Kind;
    }
}
