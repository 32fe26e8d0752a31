using System.Globalization;
using System.IO;
using System.Linq;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>
/// Writes a log as Markdown, the form <c>conflog convert --to md</c> gives: a heading for the event, one per talk and
/// break with its speakers and times, notes as nested lists, Q/A as a definition list (<c>**Q:** …</c> then
/// <c>: …</c>), prose as paragraphs. Lines end in <c>\n</c>; the URLs in the text stay as written, so they stay links.
/// </summary>
/// <example>
/// <code>
/// var log = ConferenceLog.Load("notes.txt");
/// File.WriteAllText("notes.md", MarkdownWriter.Write(log));
/// </code>
/// </example>
public static class MarkdownWriter
{
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
        writer.Write($"# {(heading.Length == 0 ? "Conference notes" : MarkdownText.Escape(heading))}\n");
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
                writer.Write($"- <{link.Url}>\n");
            }

            foreach (var label in ev.Labels)
            {
                writer.Write($"- **{MarkdownText.Escape(label.Name)}:** {MarkdownText.Escape(label.Text)}\n");
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
                writer.Write($"\n## {MarkdownText.Escape(talk.Title)}\n\n*{SessionText.Times(talk)}* · {MarkdownText.Escape(string.Join(", ", talk.Speakers))}\n");
                break;
            case Break pause:
                writer.Write($"\n## {MarkdownText.Escape(pause.Title)}\n\n*{SessionText.Times(pause)}* · break\n");
                break;
            case Section section:
                writer.Write($"\n{new string('#', section.Level)} {MarkdownText.Escape(section.Title)}\n");
                break;
            default:
                break;
        }

        // Consecutive notes form one list; a blank line closes it before anything else.
        bool inList = false;
        foreach (var item in session.Items)
        {
            if (item is Note note)
            {
                writer.Write(inList ? string.Empty : "\n");
                inList = true;
                WriteNote(note, writer);
                continue;
            }

            if (item is Exchange exchange)
            {
                WriteExchange(exchange, writer);
            }
            else if (item is Heading heading)
            {
                writer.Write($"\n{new string('#', heading.Level)} {MarkdownText.Escape(heading.Text)}\n");
            }
            else if (item is Prose prose)
            {
                // Outside talks and breaks, prose is an aside: quoted, so it does not read as part of the talk above.
                string quote = session is Interlude ? "> " : string.Empty;
                writer.Write($"\n{quote}{MarkdownText.Escape(prose.Text, prose.Links)}\n");
            }
            else
            {
                continue;
            }

            inList = false;
        }
    }

    private static void WriteNote(Note note, TextWriter writer)
    {
        foreach (var (child, depth) in SessionText.Flatten(note))
        {
            string label = child.Label is null ? string.Empty : $"**{MarkdownText.Escape(child.Label)}:** ";
            writer.Write($"{new string(' ', 2 * depth)}- {label}{MarkdownText.Escape(child.Text, child.Links)}".TrimEnd() + "\n");
        }
    }

    private static void WriteExchange(Exchange exchange, TextWriter writer)
    {
        // An empty question leaves "**Q:**" alone on its line, with no space after it.
        string question = exchange.Question is { } q ? MarkdownText.Escape(q.Text, q.Links) : "*(no question noted)*";
        writer.Write(question.Length == 0 ? "\n**Q:**\n" : $"\n**Q:** {question}\n");
        foreach (var answer in exchange.Answers)
        {
            writer.Write($": {MarkdownText.Escape(answer.Text, answer.Links)}\n");
        }
    }
}
