using System;
using System.Collections.Generic;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// A node of the parsed log. Every node knows where it came from; a parent's span covers its children's.
/// Two nodes are equal when they are of one kind, stand at one place, hold the same values and have equal children:
/// parsing the same text twice gives equal nodes.
/// </summary>
/// <param name="Span">Where the node stands in the source text.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Node>))]
public abstract record Node(SourceSpan Span)
{
    /// <summary>Gets the nodes directly inside this one, in source order.</summary>
    public virtual IEnumerable<Node> ChildNodes => Array.Empty<Node>();

    /// <summary>
    /// Tells whether <paramref name="other"/> is the same node: of the same kind, at the same place, with the same
    /// values and equal children at every depth. The walk keeps a stack of its own, so notes nested thousands of
    /// levels deep compare without overflowing.
    /// </summary>
    /// <param name="other">The node to compare with.</param>
    /// <returns><see langword="true"/> when the two are equal.</returns>
    public virtual bool Equals(Node? other) => NodeEquality.Equal(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => NodeEquality.Hash(this);

    // What this node holds besides its span and its children, compared with a node of the same type.
    private protected abstract bool HasSameValues(Node other);

    // Lets NodeEquality ask without making the comparison public.
    internal bool SameValues(Node other) => HasSameValues(other);
}
