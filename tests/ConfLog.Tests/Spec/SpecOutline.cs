using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ConfLog.Diagnostics;
using ConfLog.Model;

namespace ConfLog.Tests.Spec;

// The expected-outline format of spec.md: a compact, deterministic text rendering of a parsed log, written
// here in the tests (not by the library's own writers) so that the spec checks the model, not a writer.
// The format is described in spec.md, section "How to read the examples".
internal static class SpecOutline
{
    public static string Render(ConferenceLog log)
    {
        var lines = new List<string>();
        var ev = log.Event;
        RenderEvent(ev, lines);
        foreach (var session in log.Sessions)
        {
            lines.Add(Header(session, ev.Date));
            RenderItems(session.Items, 1, ev.Date, lines);
        }

        foreach (var diagnostic in log.Diagnostics)
        {
            lines.Add(string.Format(
                CultureInfo.InvariantCulture,
                "diagnostic ({0},{1}) {2} {3}",
                diagnostic.Span.Line,
                diagnostic.Span.Column,
                Severity(diagnostic.Severity),
                diagnostic.Code));
        }

        return string.Join("\n", lines);
    }

    // Every string is quoted, with \n, \t, \" and \\ escaped, so continuation lines stay on one line.
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static void RenderEvent(Event ev, List<string> lines)
    {
        var parts = new List<string>();
        if (ev.Title is not null)
        {
            parts.Add("title " + Quote(ev.Title));
        }

        if (ev.Date is { } date)
        {
            parts.Add("date " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (ev.Venue is not null)
        {
            parts.Add("venue " + Quote(ev.Venue));
        }

        if (ev.VenueDetail is not null)
        {
            parts.Add("detail " + Quote(ev.VenueDetail));
        }

        if (ev.Start is not null || ev.End is not null)
        {
            parts.Add("hours " + Clock(ev.Start) + "–" + Clock(ev.End));
        }

        if (parts.Count == 0 && ev.Links.IsEmpty && ev.Labels.IsEmpty)
        {
            return;
        }

        lines.Add(parts.Count == 0 ? "event" : "event " + string.Join(" ", parts));
        foreach (var node in ev.ChildNodes)
        {
            lines.Add(node switch
            {
                Link link => "  link " + link.Url,
                Label label => "  label " + Quote(label.Name) + " " + Quote(label.Text),
                _ => "  ? " + node.GetType().Name,
            });
        }
    }

    private static string Header(Session session, DateTime? eventDate)
    {
        string head = session switch
        {
            Talk talk => "talk " + Quote(talk.Title) + (talk.Speakers.IsEmpty ? string.Empty : " by " + string.Join(", ", talk.Speakers.Select(Speaker))),
            Break pause => "break " + Quote(pause.Title),
            Section section => "section " + Quote(section.Title) + " level " + section.Level.ToString(CultureInfo.InvariantCulture),
            Interlude => "interlude",
            _ => "? " + session.GetType().Name,
        };

        if (session.Start is null && session.End is null)
        {
            return head;
        }

        return head + " " + Time(session.Start, eventDate) + (session.StartInferred ? "*" : string.Empty) + "–" + Time(session.End, eventDate);
    }

    private static string Speaker(Speaker speaker) =>
        speaker.Affiliation is null ? speaker.Name : speaker.Name + "(" + speaker.Affiliation + ")";

    private static void RenderItems(IEnumerable<SessionItem> items, int depth, DateTime? eventDate, List<string> lines)
    {
        string indent = new(' ', depth * 2);
        foreach (var item in items)
        {
            switch (item)
            {
                case Blank:
                    break;
                case Note note:
                    RenderNote(note, depth, lines);
                    break;
                case Exchange exchange:
                    var parts = new List<string> { "exchange" };
                    if (exchange.Question is { } question)
                    {
                        parts.Add("Q " + Quote(question.Text));
                    }

                    parts.AddRange(exchange.Answers.Select(answer => "A " + Quote(answer.Text)));
                    lines.Add(indent + string.Join(" ", parts));
                    break;
                case Prose prose:
                    lines.Add(indent + "prose " + Quote(prose.Text));
                    break;
                case Timestamp stamp:
                    lines.Add(indent + "stamp " + Time(stamp.Value, eventDate, stamp.HasSeconds));
                    break;
                case Heading heading:
                    lines.Add(indent + "heading " + Quote(heading.Text) + " level " + heading.Level.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    lines.Add(indent + "? " + item.GetType().Name);
                    break;
            }
        }
    }

    // Iterative: a note's children are pushed in reverse so that they come out in order.
    private static void RenderNote(Note root, int rootDepth, List<string> lines)
    {
        var pending = new Stack<(Note Note, int Depth)>();
        pending.Push((root, rootDepth));
        while (pending.Count > 0)
        {
            var (note, depth) = pending.Pop();
            var line = new StringBuilder(new string(' ', depth * 2));
            line.Append(note.Kind == Note.BulletKind ? "note" : "note:" + note.Kind);
            if (note.Label is not null)
            {
                line.Append(" [").Append(note.Label).Append(']');
            }

            line.Append(' ').Append(Quote(note.Text));
            foreach (var link in note.Links)
            {
                line.Append(" <").Append(link.Url).Append('>');
            }

            lines.Add(line.ToString());
            for (int i = note.Children.Length - 1; i >= 0; i--)
            {
                pending.Push((note.Children[i], depth + 1));
            }
        }
    }

    private static string Clock(TimeSpan? time) =>
        time is { } t ? t.ToString(@"hh\:mm", CultureInfo.InvariantCulture) : "?";

    // A time on the event's day is written as HH:mm; on another day, or with no event date, with its date too.
    private static string Time(DateTime? value, DateTime? eventDate, bool seconds = false)
    {
        if (value is not { } time)
        {
            return "?";
        }

        string clock = time.ToString(seconds || time.Second != 0 ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture);
        return eventDate is { } day && day.Date == time.Date
            ? clock
            : time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + clock;
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
