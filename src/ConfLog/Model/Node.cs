using System;
using System.Collections.Generic;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A node of the parsed log. Every node knows where it came from; a parent's span covers its children's.</summary>
/// <param name="Span">Where the node stands in the source text.</param>
public abstract record Node(SourceSpan Span)
{
    /// <summary>Gets the nodes directly inside this one, in source order.</summary>
    public virtual IEnumerable<Node> ChildNodes => Array.Empty<Node>();
}
