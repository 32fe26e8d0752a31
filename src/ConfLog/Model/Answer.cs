using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>An answer: <c>- A: URLエンコーディングを実装したらできるはず。</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Answer>))]
public sealed record Answer : TextNode
{
    /// <summary>Initializes an answer.</summary>
    /// <param name="text">What was answered.</param>
    /// <param name="links">The URLs in the line.</param>
    /// <param name="span">The line.</param>
    public Answer(string text, ImmutableArray<Link> links, SourceSpan span)
        : base(new TextSlice(text), links, span)
    {
    }

    // Made by the parser, with the text still a place in the input.
    internal Answer(TextSlice text, ImmutableArray<Link> links, SourceSpan span)
        : base(text, links, span)
    {
    }
}
