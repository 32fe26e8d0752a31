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
    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Links;
}
