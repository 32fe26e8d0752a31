using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConfLog.Model;

namespace ConfLog.Editing;

/// <summary>
/// What a node says, without where it stands or how it is laid out: its kind, its texts and its children's, in
/// order. An edit is read back by comparing these: the edited log must say what was asked, wherever its lines went.
/// Spans, blank lines, markers, indentation, the times a session takes from its neighbours and the evidence are left out.
/// </summary>
internal static class NodeContent
{
    public static string Of(Node node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Node node)
    {
        switch (node)
        {
            case Talk talk:
                text.Append("talk «").Append(talk.Title).Append('»');
                foreach (var speaker in talk.Speakers)
                {
                    Append(text, speaker);
                }

                Items(text, talk.Items);
                break;
            case Section section:
                text.Append("section ").Append(section.Level).Append(" «").Append(section.Title).Append('»');
                Items(text, section.Items);
                break;
            case Session session:
                text.Append(session.Kind).Append(" «").Append(session.Title).Append('»');
                Items(text, session.Items);
                break;
            case Speaker speaker:
                text.Append(" speaker «").Append(speaker.Name).Append("» «").Append(speaker.Affiliation).Append("» «").Append(speaker.Handle).Append('»');
                break;
            case Note note:
                text.Append("note ").Append(note.Kind).Append(" «").Append(note.Label).Append("» «").Append(note.Text).Append('»');
                Items(text, note.Children);
                break;
            case Exchange exchange:
                text.Append("exchange(");
                if (exchange.Question is not null)
                {
                    Append(text, exchange.Question);
                }

                Items(text, exchange.Answers);
                text.Append(')');
                break;
            case TextNode line:
                text.Append(line.GetType().Name).Append(" «").Append(line.Text).Append('»');
                break;
            case Timestamp stamp:
                text.Append("stamp ").Append(stamp.Value.Ticks).Append(stamp.HasSeconds ? " s" : string.Empty);
                break;
            case Heading heading:
                text.Append("heading ").Append(heading.Level).Append(" «").Append(heading.Text).Append('»');
                break;
            default:
                text.Append(node.GetType().Name);
                break;
        }
    }

    private static void Items<T>(StringBuilder text, IEnumerable<T> items)
        where T : Node
    {
        text.Append('[');
        // Blank lines say nothing: where they fall is layout, and a new session takes its neighbours' spacing.
        foreach (var item in items.Where(i => i is not Blank))
        {
            Append(text, item);
            text.Append(';');
        }

        text.Append(']');
    }
}
