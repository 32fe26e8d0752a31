using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Model;

namespace ConfLog.Editing;

/// <summary>
/// Where a node stands in a log (its session, the notes or the exchange above it), and the sessions made again with
/// the node replaced, removed or given a neighbour: each ancestor copied with one child list changed, the rest of
/// the tree shared, so the editor finds what changed by comparing references.
/// </summary>
internal static class TreePath
{
    /// <summary>Finds the path from a session down to <paramref name="target"/>: the very node, else one equal to it.</summary>
    public static List<Node> To(ConferenceLog log, Node target, string paramName) =>
        Find(log, target, (a, b) => ReferenceEquals(a, b)) ?? Find(log, target, (a, b) => a.Equals(b))
        ?? throw new ArgumentException($"{Describe(target)} is not a node of this log's sessions (the event header cannot be edited).", paramName);

    /// <summary>Gives the sessions with the last node of <paramref name="path"/> replaced by <paramref name="replacement"/> (none: removed).</summary>
    public static ImmutableArray<Session> Splice(ConferenceLog log, List<Node> path, IReadOnlyList<Node> replacement, string paramName)
    {
        IReadOnlyList<Node> current = replacement;
        for (int k = path.Count - 1; k >= 1; k--)
        {
            current = new Node[] { Replace(path[k - 1], path[k], current, paramName) };
        }

        return ReplaceIn(log.Sessions, path[0], current, paramName);
    }

    /// <summary>Names a node for a message: <c>the note at line 12</c>, <c>the new talk «TwitVisor»</c>.</summary>
    public static string Describe(Node node)
    {
        string kind = node switch
        {
            Session session => session.Kind.ToString().ToLowerInvariant(),
            Note => "note",
            TextNode text => text.GetType().Name.ToLowerInvariant(),
            _ => node.GetType().Name.ToLowerInvariant(),
        };
        string? words = node switch
        {
            Talk talk => talk.Title,
            Session session => session.Title,
            TextNode text => text.Text,
            Speaker speaker => speaker.Name,
            Exchange exchange => exchange.Question?.Text ?? exchange.Answers.FirstOrDefault()?.Text,
            _ => null,
        };
        string quoted = words is null ? string.Empty : $" «{(words.Length > 40 ? $"{words.Substring(0, 40)}…" : words)}»";
        return node.Span.Line > 0 ? $"the {kind}{quoted} at line {node.Span.Line}" : $"the new {kind}{quoted}";
    }

    private static List<Node>? Find(ConferenceLog log, Node target, Func<Node, Node, bool> same)
    {
        var pending = new Stack<(Node Node, int Depth)>();
        var path = new List<Node>();
        for (int i = log.Sessions.Length - 1; i >= 0; i--)
        {
            pending.Push((log.Sessions[i], 0));
        }

        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            path.RemoveRange(depth, path.Count - depth);
            path.Add(node);
            if (same(node, target))
            {
                return path;
            }

            var children = Children(node);
            for (int i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], depth + 1));
            }
        }

        return null;
    }

    // The children an edit can reach: a talk's speakers and a session's items, a note's notes, an exchange's lines.
    private static IReadOnlyList<Node> Children(Node node) => node switch
    {
        Talk talk => talk.Speakers.Cast<Node>().Concat(talk.Items).ToList(),
        Session session => session.Items,
        Note note => note.Children,
        Exchange exchange => ExchangeLines(exchange),
        _ => Array.Empty<Node>(),
    };

    public static IReadOnlyList<Node> ExchangeLines(Exchange exchange) =>
        exchange.Question is null ? exchange.Answers : new Node[] { exchange.Question }.Concat(exchange.Answers).ToList();

    private static Node Replace(Node parent, Node child, IReadOnlyList<Node> replacement, string paramName) => (parent, child) switch
    {
        (Talk talk, Speaker) => talk with { Speakers = ReplaceIn(talk.Speakers, child, replacement, paramName) },
        (Session session, _) => session with { Items = ReplaceIn(session.Items, child, Items(replacement, paramName), paramName) },
        (Note note, _) => note with { Children = ReplaceIn(note.Children, child, replacement, paramName) },
        (Exchange exchange, Question) when replacement.Count <= 1 => exchange with { Question = Cast<Question>(replacement, paramName).FirstOrDefault() },
        (Exchange exchange, Answer) => exchange with { Answers = ReplaceIn(exchange.Answers, child, replacement, paramName) },
        _ => throw new ArgumentException($"{Describe(child)} cannot be given a neighbour of its kind: an exchange has one question.", paramName),
    };

    // A question or an answer stands in a session only inside its exchange.
    private static IReadOnlyList<Node> Items(IReadOnlyList<Node> replacement, string paramName)
    {
        foreach (var node in replacement.Where(n => n is Question or Answer))
        {
            throw new ArgumentException($"{Describe(node)} can stand only inside an exchange: insert it next to a question or an answer.", paramName);
        }

        return replacement;
    }

    private static ImmutableArray<T> ReplaceIn<T>(ImmutableArray<T> list, Node child, IReadOnlyList<Node> replacement, string paramName)
        where T : Node
    {
        int at = -1;
        for (int i = 0; i < list.Length && at < 0; i++)
        {
            at = ReferenceEquals(list[i], child) ? i : -1;
        }

        return list.RemoveAt(at).InsertRange(at, Cast<T>(replacement, paramName));
    }

    private static IEnumerable<T> Cast<T>(IReadOnlyList<Node> nodes, string paramName)
    {
        foreach (var node in nodes)
        {
            yield return node is T typed ? typed
                : throw new ArgumentException($"{Describe(node)} cannot stand where a {typeof(T).Name.ToLowerInvariant()} stands.", paramName);
        }
    }
}
