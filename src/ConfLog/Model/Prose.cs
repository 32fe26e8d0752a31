using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A line of running text: <c>隣でオリンパスが特徴的な音をだしてた。</c>.</summary>
/// <param name="Text">The line's text, trimmed.</param>
/// <param name="Links">The URLs in the line.</param>
/// <param name="Span">The line.</param>
public sealed record Prose(string Text, ImmutableArray<Link> Links, SourceSpan Span) : SessionItem(Span)
{
    private TextSlice _text = new(Text);

    // Made by the parser, with the text still a place in the input.
    internal Prose(TextSlice text, ImmutableArray<Link> links, SourceSpan span)
        : this(string.Empty, links, span) => _text = text;

    /// <summary>Gets the line's text, trimmed.</summary>
    public string Text { get => _text.Value; init => _text = new TextSlice(value); }

    // Lets a writer copy the characters without making the string.
    internal System.ReadOnlySpan<char> TextSpan => _text.AsSpan();

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Links;
}
