using System.Globalization;
using System.IO;
using System.Linq;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>
/// Writes a log as Markdown, the form <c>conflog convert --to md</c> gives: a heading for the event, one per talk and
/// break with its speakers and times, notes as nested lists, each question a list item (<c>* **Q:** …</c>) with its
/// answers as items under it (<c>  - **A:** …</c>), prose as paragraphs. Every text is escaped so that a CommonMark
/// renderer (and GitHub's) shows it as written: <c>---</c>, <c>1. first</c>, <c>C# tips ##</c> or <c>&amp;copy;</c>
/// stay text. Lines end in <c>\n</c>; the URLs in the text stay as written when nothing in them could be markup.
/// </summary>
/// <example>
/// <code>
/// var log = ConferenceLog.Load("notes.txt");
/// File.WriteAllText("notes.md", MarkdownWriter.Write(log));
/// </code>
/// </example>
public static class MarkdownWriter
{
    // What an empty note's item holds, so that it is an item wherever it stands.
    internal const string EmptyItem = "<!-- -->";

    /// <summary>Gives <paramref name="log"/> as Markdown.</summary>
    /// <param name="log">The parsed log.</param>
    /// <returns>The Markdown text.</returns>
    public static string Write(ConferenceLog log)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(log, writer);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="log"/> as Markdown to <paramref name="writer"/>.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    public static void Write(ConferenceLog log, TextWriter writer)
    {
        Guard.NotNull(log, nameof(log));
        Guard.NotNull(writer, nameof(writer));
        var ev = log.Event;
        string date = IsoFormat.Date(ev.Date) ?? string.Empty;
        string venue = ev.Venue is null ? string.Empty : ev.Venue + (ev.VenueDetail is null ? string.Empty : $" ({ev.VenueDetail})");
        string heading = ev.Title ?? string.Join(" ", new[] { date, venue }.Where(part => part.Length > 0));
        writer.Write($"# {(heading.Length == 0 ? "Conference notes" : MarkdownText.Heading(heading))}\n");
        string hours = ev.Start is null ? string.Empty : $"{IsoFormat.Time(ev.Start)}–{IsoFormat.Time(ev.End)}";
        string facts = string.Join(" · ", new[] { date, venue, hours }.Where(part => part.Length > 0));
        if (facts.Length > 0)
        {
            writer.Write($"\n{MarkdownText.Escape(facts)}\n");
        }

        if (!ev.Links.IsEmpty || !ev.Labels.IsEmpty)
        {
            writer.Write("\n");
            foreach (var link in ev.Links)
            {
                writer.Write($"- {Autolink(link.Url)}\n");
            }

            foreach (var label in ev.Labels)
            {
                string text = MarkdownText.Escape(label.Text, System.Array.Empty<Link>(), "  ");
                writer.Write($"- **{MarkdownText.Escape(label.Name)}:**{(text.Length == 0 ? string.Empty : " " + text)}\n");
            }
        }

        foreach (var session in log.Sessions)
        {
            WriteSession(session, writer);
        }
    }

    private static void WriteSession(Session session, TextWriter writer)
    {
        switch (session)
        {
            case Talk talk:
                string speakers = talk.Speakers.IsEmpty ? string.Empty : " · " + MarkdownText.Escape(string.Join(", ", talk.Speakers));
                writer.Write($"\n## {MarkdownText.Heading(talk.Title)}\n\n*{SessionText.Times(talk)}*{speakers}\n");
                break;
            case Break pause:
                writer.Write($"\n## {MarkdownText.Heading(pause.Title)}\n\n*{SessionText.Times(pause)}* · break\n");
                break;
            case Section section:
                writer.Write($"\n{new string('#', section.Level)} {MarkdownText.Heading(section.Title)}\n");
                break;
            default:
                break;
        }

        // Consecutive notes form one list ('-'), consecutive exchanges another ('*'): a list of the other marker right
        // after it starts a new list, so neither runs into the other, and a blank line closes it before anything else.
        SessionItem? previous = null;
        foreach (var item in session.Items)
        {
            if (item is Note note)
            {
                writer.Write(previous is Note ? string.Empty : "\n");
                previous = note;
                WriteNote(note, writer);
                continue;
            }

            if (item is Exchange exchange)
            {
                writer.Write(previous is Exchange ? string.Empty : "\n");
                previous = exchange;
                WriteExchange(exchange, writer);
                continue;
            }

            if (item is Heading heading)
            {
                writer.Write($"\n{new string('#', heading.Level)} {MarkdownText.Heading(heading.Text)}\n");
            }
            else if (item is Prose prose)
            {
                // Outside talks and breaks, prose is an aside: quoted, so it does not read as part of the talk above.
                string quote = session is Interlude ? "> " : string.Empty;
                writer.Write($"\n{quote}{MarkdownText.Escape(prose.Text, prose.Links, quote)}\n");
            }
            else
            {
                continue;
            }

            previous = item;
        }
    }

    private static void WriteNote(Note note, TextWriter writer)
    {
        foreach (var (child, depth) in SessionText.Flatten(note))
        {
            string label = child.Label is null ? string.Empty : $"**{MarkdownText.Escape(child.Label)}:** ";
            string indent = new(' ', 2 * depth);
            string text = label + MarkdownText.Escape(child.Text, child.Links, indent + "  ");

            // An empty item cannot interrupt a paragraph: right under its parent's text, "-" alone would underline that
            // text as a heading. An empty comment makes it an item that shows nothing.
            writer.Write($"{indent}- {(text.Length == 0 ? EmptyItem : text)}".TrimEnd() + "\n");
        }
    }

    private static void WriteExchange(Exchange exchange, TextWriter writer)
    {
        // An empty question leaves "**Q:**" alone on its line, with no space after it.
        string question = exchange.Question is { } q ? MarkdownText.Escape(q.Text, q.Links, "  ") : "*(no question noted)*";
        writer.Write(question.Length == 0 ? "* **Q:**\n" : $"* **Q:** {question}\n");
        foreach (var answer in exchange.Answers)
        {
            string text = MarkdownText.Escape(answer.Text, answer.Links, "    ");
            writer.Write(text.Length == 0 ? "  - **A:**\n" : $"  - **A:** {text}\n");
        }
    }

    // <https://example.org> is a link in CommonMark itself; what it would not take as one (no scheme, a space, a '<' or
    // '>') is written as escaped text, which is then shown as written.
    private static string Autolink(string url)
    {
        int colon = url.IndexOf(':');
        bool scheme = colon >= 2 && colon <= 32 && char.IsLetter(url[0])
            && url.Substring(0, colon).All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '+' or '.' or '-');
        bool plain = url.All(c => c > ' ' && c != '<' && c != '>' && c != '\u007F');
        return scheme && plain ? $"<{url}>" : MarkdownText.Escape(url);
    }
}
