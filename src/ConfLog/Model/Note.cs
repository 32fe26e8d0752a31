using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// A bullet: <c>- BitVisorはType I VMM</c>, or a labelled one <c>- ML: 海外からの問い合わせの方が多い。</c>, with the
/// indented lines that continue it. Lines read by a <see cref="Lines.LineRecognizer"/> of the user's are notes too.
/// </summary>
/// <param name="Text">The text after the marker, or after the label's colon; continuation lines follow it, each after a line feed.</param>
/// <param name="Label">The label before the colon, or <see langword="null"/>.</param>
/// <param name="Marker">The bullet marker as written (<c>-</c>, <c>*</c>, <c>・</c>...).</param>
/// <param name="Indent">The number of characters before the marker.</param>
/// <param name="Links">The URLs in the line and in its continuation lines.</param>
/// <param name="Children">The bullets indented under this one.</param>
/// <param name="Span">The line, through the last of its continuation lines and its children's lines.</param>
/// <param name="Kind">What kind of note: <see cref="BulletKind"/> for a bullet, or the kind of the user's <see cref="Lines.LineRecognizer"/> that read it.</param>
public sealed record Note(
    string Text,
    string? Label,
    string Marker,
    int Indent,
    ImmutableArray<Link> Links,
    ImmutableArray<Note> Children,
    SourceSpan Span,
    string Kind = Note.BulletKind) : SessionItem(Span)
{
    private TextSlice _text = new(Text);
    private TextSlice _label = new(Label);

    // Made by the parser, with the texts still places in the input.
    internal Note(TextSlice text, TextSlice label, string marker, int indent, ImmutableArray<Link> links, ImmutableArray<Note> children, SourceSpan span, string kind)
        : this(string.Empty, null, marker, indent, links, children, span, kind)
    {
        _text = text;
        _label = label;
    }

    /// <summary>Gets the text after the marker, or after the label's colon; continuation lines follow it, each after a line feed.</summary>
    public string Text { get => _text.Value; init => _text = new TextSlice(value); }

    /// <summary>Gets the label before the colon, or <see langword="null"/>.</summary>
    public string? Label { get => _label.Value; init => _label = new TextSlice(value); }

    // Lets a writer copy the characters without making the string.
    internal System.ReadOnlySpan<char> TextSpan => _text.AsSpan();

    /// <summary>The <see cref="Kind"/> of a note written as a bullet.</summary>
    public const string BulletKind = "note";

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Links.Cast<Node>().Concat(Children);
}
