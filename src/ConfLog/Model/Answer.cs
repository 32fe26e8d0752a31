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
    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Links;
}
