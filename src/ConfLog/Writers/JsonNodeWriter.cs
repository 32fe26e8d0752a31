using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Writers;

// Writes each node of the model as the JSON object the document holds for it (see conflog.schema.json): every node
// with its "span", every session item with its "kind", and every value the model compares, so that the document
// reads back into equal nodes (JsonModelReader). Field names are a public contract.
internal static class JsonNodeWriter
{
    public static void WriteSpan(Utf8JsonWriter json, string name, SourceSpan span)
    {
        json.WriteStartObject(name);
        json.WriteNumber("line", span.Line);
        json.WriteNumber("column", span.Column);
        json.WriteNumber("offset", span.Offset);
        json.WriteNumber("length", span.Length);
        json.WriteEndObject();
    }

    public static void WriteNode(Utf8JsonWriter json, Node node)
    {
        switch (node)
        {
            case Event ev:
                WriteEvent(json, ev);
                break;
            case Session session:
                WriteSession(json, session);
                break;
            case SessionItem item:
                WriteItem(json, item);
                break;
            case Speaker speaker:
                WriteSpeaker(json, speaker);
                break;
            case Link link:
                WriteLink(json, link);
                break;
            case Label label:
                WriteLabel(json, label);
                break;
            case Day day:
                WriteDay(json, day);
                break;
            default:
                throw new NotSupportedException($"no JSON form for {node.GetType().Name}");
        }
    }

    public static void WriteEvent(Utf8JsonWriter json, Event ev)
    {
        json.WriteStartObject();
        json.WriteString("title", ev.Title);
        json.WriteString("date", IsoFormat.Date(ev.Date));
        json.WriteString("venue", ev.Venue);
        json.WriteString("venueDetail", ev.VenueDetail);
        json.WriteString("start", IsoFormat.Time(ev.Start));
        json.WriteString("end", IsoFormat.Time(ev.End));
        WriteLinks(json, ev.Links);
        json.WriteStartArray("labels");
        foreach (var label in ev.Labels)
        {
            WriteLabel(json, label);
        }

        json.WriteEndArray();
        WriteSpan(json, "span", ev.Span);
        json.WriteEndObject();
    }

    public static void WriteDay(Utf8JsonWriter json, Day day)
    {
        json.WriteStartObject();
        json.WriteString("title", day.Title);
        json.WriteString("date", IsoFormat.Date(day.Date));

        // The talks by the line of their header: each is written once, in "sessions".
        json.WriteStartArray("talks");
        foreach (var talk in day.Talks)
        {
            json.WriteNumberValue(talk.Header.Line);
        }

        json.WriteEndArray();
        WriteSpan(json, "header", day.Header);
        WriteSpan(json, "span", day.Span);
        json.WriteEndObject();
    }

    public static void WriteSession(Utf8JsonWriter json, Session session)
    {
        json.WriteStartObject();
        json.WriteString("kind", KindName(session.Kind));
        json.WriteString("title", session.Title);
        if (session is Section section)
        {
            json.WriteNumber("level", section.Level);
        }

        json.WriteStartArray("speakers");
        foreach (var speaker in (session as Talk)?.Speakers ?? ImmutableArray<Speaker>.Empty)
        {
            WriteSpeaker(json, speaker);
        }

        json.WriteEndArray();
        json.WriteString("start", IsoFormat.DateTime(session.Start));
        json.WriteBoolean("startInferred", session.StartInferred);
        json.WriteString("end", IsoFormat.DateTime(session.End));

        // Version 1's line of a session, which readers of that version (the corpus's scorer among them) match talks by.
        json.WriteNumber("line", (session.Header ?? session.Span).Line);
        if (session is Talk talk)
        {
            // The times of day of the header, which a talk may know with no date to make a Start of.
            json.WriteString("startTime", IsoFormat.Time(talk.StartTime));
            json.WriteString("endTime", IsoFormat.Time(talk.EndTime));
        }

        if (session.Header is { } header)
        {
            WriteSpan(json, "header", header);
        }
        else
        {
            json.WriteNull("header");
        }

        WriteSpan(json, "span", session.Span);
        json.WriteStartArray("evidence");
        foreach (var evidence in session.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("rule", evidence.Rule);
            json.WriteNumber("line", evidence.Line);
            json.WriteString("detail", evidence.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("items");
        foreach (var item in session.Items)
        {
            WriteItem(json, item);
        }

        json.WriteEndArray();

        // Version 1's exchanges, kept for readers that count a talk's Q/A there; the items hold them in order.
        json.WriteStartArray("exchanges");
        foreach (var exchange in session.Exchanges)
        {
            WriteItem(json, exchange);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // "talk", "break", "section", "interlude".
    public static string KindName(SessionKind kind) => kind switch
    {
        SessionKind.Talk => "talk",
        SessionKind.Break => "break",
        SessionKind.Section => "section",
        _ => "interlude",
    };

    public static void WriteItem(Utf8JsonWriter json, SessionItem item)
    {
        switch (item)
        {
            case Note note:
                WriteNote(json, note);
                break;
            case Exchange exchange:
                json.WriteStartObject();
                json.WriteString("kind", "exchange");
                if (exchange.Question is { } asked)
                {
                    json.WritePropertyName("question");
                    WriteText(json, "question", asked);
                }
                else
                {
                    json.WriteNull("question");
                }

                json.WriteStartArray("answers");
                foreach (var answer in exchange.Answers)
                {
                    WriteText(json, "answer", answer);
                }

                json.WriteEndArray();
                WriteSpan(json, "span", exchange.Span);
                json.WriteEndObject();
                break;
            case Question question:
                WriteText(json, "question", question);
                break;
            case Answer answer:
                WriteText(json, "answer", answer);
                break;
            case Prose prose:
                WriteText(json, "prose", prose);
                break;
            case Heading heading:
                json.WriteStartObject();
                json.WriteString("kind", "heading");
                json.WriteString("text", heading.Text);
                json.WriteNumber("level", heading.Level);
                WriteSpan(json, "span", heading.Span);
                json.WriteEndObject();
                break;
            case Timestamp stamp:
                json.WriteStartObject();
                json.WriteString("kind", "timestamp");
                json.WriteString("value", IsoFormat.DateTime(stamp.Value));
                json.WriteBoolean("hasSeconds", stamp.HasSeconds);
                WriteSpan(json, "span", stamp.Span);
                json.WriteEndObject();
                break;
            default:
                json.WriteStartObject();
                json.WriteString("kind", "blank");
                WriteSpan(json, "span", item.Span);
                json.WriteEndObject();
                break;
        }
    }

    public static void WriteSpeaker(Utf8JsonWriter json, Speaker speaker)
    {
        json.WriteStartObject();
        json.WriteString("name", speaker.Name);
        json.WriteString("affiliation", speaker.Affiliation);
        json.WriteString("handle", speaker.Handle);
        WriteSpan(json, "span", speaker.Span);
        json.WriteEndObject();
    }

    public static void WriteLabel(Utf8JsonWriter json, Label label)
    {
        json.WriteStartObject();
        json.WriteString("label", label.Name);
        json.WriteString("text", label.Text);
        WriteSpan(json, "span", label.Span);
        json.WriteEndObject();
    }

    public static void WriteLink(Utf8JsonWriter json, Link link)
    {
        json.WriteStartObject();
        json.WriteString("url", link.Url);
        WriteSpan(json, "span", link.Span);
        json.WriteEndObject();
    }

    // A question, an answer or a line of prose.
    private static void WriteText(Utf8JsonWriter json, string kind, TextNode node)
    {
        json.WriteStartObject();
        json.WriteString("kind", kind);

        // The span, not the string: writing a large log's JSON should not make and keep every text.
        json.WriteString("text", node.TextSpan);
        WriteLinks(json, node.Links);
        WriteSpan(json, "span", node.Span);
        json.WriteEndObject();
    }

    // Notes may nest as deep as the notes do: they are written without recursion, "children" last in each.
    private static void WriteNote(Utf8JsonWriter json, Note top)
    {
        var pending = new Stack<(IReadOnlyList<Note> Siblings, int Next)>();
        pending.Push((new[] { top }, 0));
        while (pending.Count > 0)
        {
            var (siblings, next) = pending.Pop();
            if (next == siblings.Count)
            {
                if (pending.Count > 0)
                {
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                continue;
            }

            var note = siblings[next];
            pending.Push((siblings, next + 1));
            json.WriteStartObject();
            json.WriteString("kind", "note");
            json.WriteString("noteKind", note.Kind);
            json.WriteString("text", note.TextSpan);
            json.WriteString("label", note.Label);
            json.WriteString("marker", note.Marker);
            json.WriteNumber("indent", note.Indent);
            WriteLinks(json, note.Links);
            WriteSpan(json, "span", note.Span);
            json.WriteStartArray("children");
            pending.Push((note.Children, 0));
        }
    }

    private static void WriteLinks(Utf8JsonWriter json, IEnumerable<Link> links)
    {
        json.WriteStartArray("links");
        foreach (var link in links)
        {
            WriteLink(json, link);
        }

        json.WriteEndArray();
    }
}
