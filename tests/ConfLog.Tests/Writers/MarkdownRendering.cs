using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConfLog.Model;
using ConfLog.Writers;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ConfLog.Tests.Writers;

// What a reader sees of the Markdown writer's output: it is rendered with Markdig's CommonMark pipeline and each
// paragraph's, heading's and list item's text taken as plain text, in document order; and what the reader should see,
// taken from the parsed log itself. Anything that is not plain text where text was meant (raw HTML, a code span,
// a link, a thematic break, a code block) is shown in ⟨brackets⟩ so that it cannot pass for the source text.
internal static class MarkdownRendering
{
    private static readonly MarkdownPipeline CommonMark = new MarkdownPipelineBuilder().Build();

    public static List<string> Rendered(string markdown)
    {
        var texts = new List<string>();
        foreach (var block in Markdown.Parse(markdown, CommonMark).Descendants<Block>())
        {
            switch (block)
            {
                case ParagraphBlock or HeadingBlock:
                    texts.Add(Plain(((LeafBlock)block).Inline));
                    break;
                // An item with no text of its own: an empty note, or one holding only the notes under it.
                case ListItemBlock item when item.Count == 0 || item[0] is not ParagraphBlock:
                    texts.Add(string.Empty);
                    break;
                // The comment an empty note's item holds, which shows nothing.
                case HtmlBlock html when html.Lines.ToString() == "<!-- -->":
                    break;
                case LeafBlock other:
                    texts.Add($"⟨{other.GetType().Name}⟩");
                    break;
                default:
                    break;
            }
        }

        return texts;
    }

    public static List<string> Expected(ConferenceLog log)
    {
        var ev = log.Event;
        string date = ev.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        string venue = ev.Venue is null ? string.Empty : ev.Venue + (ev.VenueDetail is null ? string.Empty : $" ({ev.VenueDetail})");
        string heading = ev.Title ?? string.Join(" ", new[] { date, venue }.Where(part => part.Length > 0));
        var texts = new List<string> { heading.Length == 0 ? "Conference notes" : heading };
        string hours = ev.Start is null ? string.Empty : $"{IsoFormat.Time(ev.Start)}–{IsoFormat.Time(ev.End)}";
        string facts = string.Join(" · ", new[] { date, venue, hours }.Where(part => part.Length > 0));
        if (facts.Length > 0)
        {
            texts.Add(facts);
        }

        texts.AddRange(ev.Links.Select(link => link.Url));
        texts.AddRange(ev.Labels.Select(label => Labelled(label.Name + ":", label.Text)));
        foreach (var session in log.Sessions)
        {
            switch (session)
            {
                case Talk talk:
                    texts.Add(talk.Title);
                    texts.Add(talk.Speakers.IsEmpty ? SessionText.Times(talk) : $"{SessionText.Times(talk)} · {string.Join(", ", talk.Speakers)}");
                    break;
                case Break pause:
                    texts.Add(pause.Title);
                    texts.Add($"{SessionText.Times(pause)} · break");
                    break;
                case Section section:
                    texts.Add(section.Title);
                    break;
                default:
                    break;
            }

            foreach (var item in session.Items)
            {
                texts.AddRange(item switch
                {
                    Note note => Flatten(note).Select(n => n.Label is null ? n.Text : Labelled(n.Label + ":", n.Text)),
                    Exchange exchange => new[] { Labelled("Q:", exchange.Question is null ? "(no question noted)" : exchange.Question.Text) }
                        .Concat(exchange.Answers.Select(answer => Labelled("A:", answer.Text))),
                    Heading h => [h.Text],
                    Prose prose => [prose.Text],
                    _ => [],
                });
            }
        }

        return texts;
    }

    private static string Labelled(string label, string text) => text.Length == 0 ? label : $"{label} {text}";

    private static IEnumerable<Note> Flatten(Note note) => new[] { note }.Concat(note.Children.SelectMany(Flatten));

    private static string Plain(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        Append(inlines, text);
        return text.ToString();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                break;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case EmphasisInline emphasis:
                foreach (var child in emphasis)
                {
                    Append(child, text);
                }

                break;
            case ContainerInline container and not LinkInline:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
            case LineBreakInline { IsHard: false }:
                text.Append('\n');
                break;
            default:
                text.Append('⟨').Append(inline.GetType().Name).Append('⟩');
                break;
        }
    }
}
