using System.Collections.Generic;
using System.Linq;

namespace ConfLog.Model;

/// <summary>Walks the tree of nodes.</summary>
public static class NodeExtensions
{
    /// <summary>
    /// Gets every node below <paramref name="node"/>, depth first in source order. The walk uses a stack of
    /// its own, so it works on notes nested thousands of levels deep.
    /// </summary>
    /// <param name="node">Where to start; it is not itself returned.</param>
    /// <returns>The descendants.</returns>
    public static IEnumerable<Node> Descendants(this Node node)
    {
        var pending = new Stack<IEnumerator<Node>>();
        pending.Push(Guard.NotNull(node, nameof(node)).ChildNodes.GetEnumerator());
        while (pending.Count > 0)
        {
            var current = pending.Peek();
            if (!current.MoveNext())
            {
                current.Dispose();
                pending.Pop();
                continue;
            }

            yield return current.Current;
            pending.Push(current.Current.ChildNodes.GetEnumerator());
        }
    }

    /// <summary>Gets every node of type <typeparamref name="T"/> below <paramref name="node"/>, depth first in source order.</summary>
    /// <typeparam name="T">The kind of node wanted: <see cref="Note"/>, <see cref="Link"/>, <see cref="TextNode"/>...</typeparam>
    /// <param name="node">Where to start; it is not itself returned.</param>
    /// <returns>The descendants of that type.</returns>
    public static IEnumerable<T> Descendants<T>(this Node node)
        where T : Node => node.Descendants().OfType<T>();

    /// <summary>Gets the event, every session, and everything inside them.</summary>
    /// <param name="log">The parsed log.</param>
    /// <returns>All nodes of the log, in source order within each session.</returns>
    public static IEnumerable<Node> AllNodes(this ConferenceLog log)
    {
        Guard.NotNull(log, nameof(log));
        var roots = new Node[] { log.Event }.Concat(log.Sessions);
        return roots.SelectMany(root => new[] { root }.Concat(root.Descendants()));
    }
}
