using System.Collections.Generic;

namespace ConfLog.Model;

// Equality of two trees, walked side by side with a stack instead of recursion: notes nest thousands deep.
internal static class NodeEquality
{
    public static bool Equal(Node node, Node? other)
    {
        if (ReferenceEquals(node, other))
        {
            return true;
        }

        if (other is null)
        {
            return false;
        }

        var pending = new Stack<(Node Left, Node Right)>();
        pending.Push((node, other));
        while (pending.Count > 0)
        {
            var (left, right) = pending.Pop();
            if (ReferenceEquals(left, right))
            {
                continue;
            }

            // The span first: two different nodes of one parse differ there, and it costs nothing to compare.
            if (left.Span != right.Span || left.GetType() != right.GetType() || !left.SameValues(right))
            {
                return false;
            }

            using var lefts = left.ChildNodes.GetEnumerator();
            using var rights = right.ChildNodes.GetEnumerator();
            while (true)
            {
                bool hasLeft = lefts.MoveNext();
                if (hasLeft != rights.MoveNext())
                {
                    return false;
                }

                if (!hasLeft)
                {
                    break;
                }

                pending.Push((lefts.Current, rights.Current));
            }
        }

        return true;
    }

    // Equal nodes are of one type at one place; that is all the hash reads, so it costs the same at any depth.
    public static int Hash(Node node) => unchecked((node.GetType().GetHashCode() * 397) ^ node.Span.GetHashCode());
}
