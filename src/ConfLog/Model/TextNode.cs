using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// A line of text with the URLs in it, the shape that <see cref="Note"/>, <see cref="Question"/>, <see cref="Answer"/>
/// and <see cref="Prose"/> share: <c>- Q: 日本語ポストは?</c>. A question or an answer stands in a session only inside
/// its <see cref="Exchange"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<TextNode>))]
public abstract record TextNode : SessionItem
{
    // The text is a place in the input until first read (see TextSlice).
    private TextSlice _text;

    private protected TextNode(TextSlice text, ImmutableArray<Link> links, SourceSpan span)
        : base(span)
    {
        _text = text;
        Links = links;
    }

    /// <summary>Gets the text: of a note, after its marker or its label's colon; of a question or an answer, after its tag; of prose, the line trimmed.</summary>
    public string Text { get => _text.Value; init => _text = new TextSlice(value); }

    /// <summary>Gets the URLs written in the text, in order.</summary>
    public ImmutableArray<Link> Links { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Links;

    // Lets a writer copy the characters without making the string.
    internal ReadOnlySpan<char> TextSpan => _text.AsSpan();

    /// <inheritdoc/>
    public virtual bool Equals(TextNode? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    // The links are children: the walk compares them.
    private protected override bool HasSameValues(Node other) => _text.Equals(((TextNode)other)._text);
}
