using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A question from the audience: <c>- Q: 日本語ポストは?</c>.</summary>
/// <param name="Text">What was asked; empty when nothing follows the marker.</param>
/// <param name="Links">The URLs in the line.</param>
/// <param name="Span">The line.</param>
public sealed record Question(string Text, ImmutableArray<Link> Links, SourceSpan Span) : Node(Span)
{
    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Links;
}
