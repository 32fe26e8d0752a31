using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A question from the audience: <c>- Q: 日本語ポストは?</c>; its <see cref="TextNode.Text"/> is empty when nothing follows the tag.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Question>))]
public sealed record Question : TextNode
{
    /// <summary>Initializes a question.</summary>
    /// <param name="text">What was asked; empty when nothing follows the tag.</param>
    /// <param name="links">The URLs in the line.</param>
    /// <param name="span">The line.</param>
    public Question(string text, ImmutableArray<Link> links, SourceSpan span)
        : base(new TextSlice(text), links, span)
    {
    }

    // Made by the parser, with the text still a place in the input.
    internal Question(TextSlice text, ImmutableArray<Link> links, SourceSpan span)
        : base(text, links, span)
    {
    }
}
