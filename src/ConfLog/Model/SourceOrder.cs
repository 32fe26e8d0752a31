using System.Collections.Generic;

namespace ConfLog.Model;

// Two runs of nodes, each in source order, given as one run in source order: a talk's speakers and items, an
// event's links and labels. A merge, not a sort: nothing is buffered and each call costs one pass.
internal static class SourceOrder
{
    public static IEnumerable<Node> Merge<TFirst, TSecond>(IReadOnlyList<TFirst> first, IReadOnlyList<TSecond> second)
        where TFirst : Node
        where TSecond : Node
    {
        int i = 0;
        int j = 0;
        while (i < first.Count && j < second.Count)
        {
            // Ties go to the first run, as a stable sort of the first run followed by the second would order them.
            if (second[j].Span.Offset < first[i].Span.Offset)
            {
                yield return second[j++];
            }
            else
            {
                yield return first[i++];
            }
        }

        while (i < first.Count)
        {
            yield return first[i++];
        }

        while (j < second.Count)
        {
            yield return second[j++];
        }
    }
}
