using System.Collections.Immutable;
using System.Linq;
using ConfLog.Model;

namespace ConfLog.Editing;

/// <summary>
/// A node made by hand for an edit, with its lists filled in: <c>new Note("text", null, "-", 0, default, default, default)</c>
/// leaves its links and children as default arrays, which cannot be walked. The editor reads the lines' links
/// from the text it writes, so a list not given is an empty one.
/// </summary>
internal static class NewNodes
{
    public static T Complete<T>(T node)
        where T : Node => (T)CompleteNode(node);

    // A node that lacks nothing is given back as it is, so that the editor finds the parsed nodes it holds unchanged.
    private static Node CompleteNode(Node node)
    {
        switch (node)
        {
            case Talk talk when talk.Speakers.IsDefault:
                return CompleteNode(talk with { Speakers = ImmutableArray<Speaker>.Empty });
            case Session session:
                var items = List(session.Items);
                return items == session.Items ? session : session with { Items = items };
            case Note note:
                var children = List(note.Children);
                return note.Links.IsDefault || children != note.Children
                    ? note with { Links = OrEmpty(note.Links), Children = children }
                    : note;
            case TextNode text when text.Links.IsDefault:
                return text with { Links = ImmutableArray<Link>.Empty };
            case Exchange exchange:
                var question = exchange.Question is null ? null : Complete(exchange.Question);
                var answers = List(exchange.Answers);
                return ReferenceEquals(question, exchange.Question) && answers == exchange.Answers ? exchange : exchange with { Question = question, Answers = answers };
            default:
                return node;
        }
    }

    private static ImmutableArray<T> List<T>(ImmutableArray<T> list)
        where T : Node
    {
        if (list.IsDefault)
        {
            return ImmutableArray<T>.Empty;
        }

        var completed = list.Select(Complete).ToImmutableArray();
        return completed.Where((n, i) => !ReferenceEquals(n, list[i])).Any() ? completed : list;
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> list) => list.IsDefault ? ImmutableArray<T>.Empty : list;
}
