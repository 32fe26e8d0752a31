using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>An answer: <c>- A: URLエンコーディングを実装したらできるはず。</c>.</summary>
/// <param name="Text">What was answered.</param>
/// <param name="Links">The URLs in the line.</param>
/// <param name="Span">The line.</param>
public sealed record Answer(string Text, ImmutableArray<Link> Links, SourceSpan Span) : Node(Span)
{
    private TextSlice _text = new(Text);

    // Made by the parser, with the text still a place in the input.
    internal Answer(TextSlice text, ImmutableArray<Link> links, SourceSpan span)
        : this(string.Empty, links, span) => _text = text;

    /// <summary>Gets what was answered.</summary>
    public string Text { get => _text.Value; init => _text = new TextSlice(value); }

    // Lets a writer copy the characters without making the string.
    internal System.ReadOnlySpan<char> TextSpan => _text.AsSpan();

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Links;
}
