using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A line of running text, trimmed: <c>隣でオリンパスが特徴的な音をだしてた。</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Prose>))]
public sealed record Prose : TextNode
{
    /// <summary>Initializes a line of prose.</summary>
    /// <param name="text">The line's text, trimmed.</param>
    /// <param name="links">The URLs in the line.</param>
    /// <param name="span">The line.</param>
    public Prose(string text, ImmutableArray<Link> links, SourceSpan span)
        : base(new TextSlice(text), links, span)
    {
    }

    // Made by the parser, with the text still a place in the input.
    internal Prose(TextSlice text, ImmutableArray<Link> links, SourceSpan span)
        : base(text, links, span)
    {
    }
}
