using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>
/// Writes a log as JSON in the shape <c>conflog parse --json</c> prints. Field names are a public contract;
/// dates are ISO 8601 and absent values are <c>null</c>.
/// </summary>
public static class JsonWriter
{
    private const int ChunkBytes = 64 * 1024;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Gives <paramref name="log"/> as JSON text.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON.</returns>
    public static string Write(ConferenceLog log, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(log, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="log"/> as UTF-8 JSON to <paramref name="stream"/>, a session at a time.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="stream">Where to write; it is not closed.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void Write(ConferenceLog log, Stream stream, bool indented = true)
    {
        Guard.NotNull(log, nameof(log));
        using var json = new Utf8JsonWriter(Guard.NotNull(stream, nameof(stream)), Options(indented));
        WriteDocument(log, json, json.Flush);
    }

    /// <summary>
    /// Writes <paramref name="log"/> as JSON to <paramref name="writer"/>, passing it on between sessions: a log of
    /// many sessions is never held whole as JSON, only about one session's JSON at a time (and the diagnostics').
    /// </summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="writer">Where to write; it is not closed, and nothing follows the closing brace.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void Write(ConferenceLog log, TextWriter writer, bool indented = true)
    {
        Guard.NotNull(log, nameof(log));
        Guard.NotNull(writer, nameof(writer));
        Chunked(writer, indented, (json, pass) => WriteDocument(log, json, pass));
    }

    /// <summary>
    /// Writes several logs as one JSON array of documents, the shape <c>conflog parse --json</c> prints for several
    /// files, passing it on to <paramref name="writer"/> between sessions as the single-log overload does.
    /// </summary>
    /// <param name="logs">The parsed logs, in the order to write them.</param>
    /// <param name="writer">Where to write; it is not closed, and nothing follows the closing bracket.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void Write(IEnumerable<ConferenceLog> logs, TextWriter writer, bool indented = true)
    {
        Guard.NotNull(logs, nameof(logs));
        Guard.NotNull(writer, nameof(writer));
        Chunked(writer, indented, (json, pass) =>
        {
            // One writer for the whole array, so each document is indented as an element of it, with no second parse.
            json.WriteStartArray();
            foreach (var log in logs)
            {
                WriteDocument(Guard.NotNull(log, nameof(logs)), json, pass);
            }

            json.WriteEndArray();
        });
    }

    // Writes through a buffer that is passed on to the text writer whenever pass is called, and once at the end.
    private static void Chunked(TextWriter writer, bool indented, System.Action<Utf8JsonWriter, System.Action> write)
    {
        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, Options(indented));
        void Pass()
        {
            // The writer flushes whole tokens, so a chunk never ends inside a character.
            json.Flush();
            writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            buffer.SetLength(0);
        }

        write(json, Pass);
        Pass();
    }

    // Notes may nest as deep as the notes do: the depth limit is lifted and the notes are written without recursion.
    private static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = Encoder, MaxDepth = int.MaxValue };

    private static void WriteDocument(ConferenceLog log, Utf8JsonWriter json, System.Action pass)
    {
        json.WriteStartObject();
        WriteEvent(json, log.Event);
        json.WriteString("markup", MarkupName(log.Markup));
        json.WriteString("markupReason", log.MarkupReason);
        json.WriteStartArray("sessions");
        foreach (var session in log.Sessions)
        {
            WriteSession(json, session);
            if (json.BytesPending >= ChunkBytes)
            {
                // Utf8JsonWriter keeps everything until flushed: without this, a large log's JSON is held whole.
                pass();
            }
        }

        json.WriteEndArray();
        WriteDays(json, log.Days);
        WriteDiagnostics(json, log.Diagnostics);
        json.WriteEndObject();
    }

    // "restructuredtext", "markdown": the markup's name as the kinds are written, in lower case.
    private static string MarkupName(NoteMarkup markup) => markup.ToString().ToLowerInvariant();

    private static void WriteDays(Utf8JsonWriter json, ImmutableArray<Day> days)
    {
        json.WriteStartArray("days");
        foreach (var day in days)
        {
            json.WriteStartObject();
            json.WriteString("title", day.Title);
            json.WriteString("date", IsoFormat.Date(day.Date));
            json.WriteNumber("line", day.Header.Line);
            json.WriteStartArray("talks");
            foreach (var talk in day.Talks)
            {
                json.WriteNumberValue(talk.Header.Line);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Writes a <see cref="StreamedLog"/> as JSON Lines while it is read: a first line <c>{"event": ...}</c>, then one
    /// line per session in the shape of <c>sessions</c> above, each written as soon as the session is complete, and a
    /// last line <c>{"diagnostics": [...]}</c>. Memory stays bounded by the largest session.
    /// </summary>
    /// <param name="log">The streamed log, not yet enumerated.</param>
    /// <param name="writer">Where to write; lines end with <c>\n</c>.</param>
    public static void WriteLines(StreamedLog log, TextWriter writer)
    {
        Guard.NotNull(log, nameof(log));
        Guard.NotNull(writer, nameof(writer));
        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, Options(indented: false));
        void Line(System.Action value)
        {
            // Each line is a document of its own: the writer starts afresh, and the buffer is reused.
            buffer.SetLength(0);
            json.Reset(buffer);
            value();
            json.Flush();
            writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            writer.Write('\n');
        }

        void EventLine() => Line(() =>
        {
            json.WriteStartObject();
            WriteEvent(json, log.Event!);
            json.WriteEndObject();
        });

        bool started = false;
        foreach (var session in log)
        {
            if (!started)
            {
                started = true;
                EventLine();
            }

            Line(() => WriteSession(json, session));
        }

        if (!started)
        {
            EventLine();
        }

        Line(() =>
        {
            json.WriteStartObject();
            WriteDiagnostics(json, log.Diagnostics);
            json.WriteEndObject();
        });
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, IEnumerable<Diagnostics.Diagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", diagnostic.SeverityName);
            json.WriteString("code", diagnostic.Code);
            json.WriteNumber("line", diagnostic.Span.Line);
            json.WriteNumber("column", diagnostic.Span.Column);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteEvent(Utf8JsonWriter json, Event ev)
    {
        json.WriteStartObject("event");
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
            json.WriteStartObject();
            json.WriteString("label", label.Name);
            json.WriteString("text", label.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSession(Utf8JsonWriter json, Session session)
    {
        json.WriteStartObject();
        json.WriteString("kind", session.Kind.ToString().ToLowerInvariant());
        json.WriteString("title", session.Title);
        json.WriteStartArray("speakers");
        foreach (var speaker in (session as Talk)?.Speakers ?? ImmutableArray<Speaker>.Empty)
        {
            json.WriteStartObject();
            json.WriteString("name", speaker.Name);
            json.WriteString("affiliation", speaker.Affiliation);
            json.WriteString("handle", speaker.Handle);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("start", IsoFormat.DateTime(session.Start));
        json.WriteBoolean("startInferred", session.StartInferred);
        json.WriteString("end", IsoFormat.DateTime(session.End));
        json.WriteNumber("line", (session.Header ?? session.Span).Line);
        WriteNotes(json, session.Notes);
        json.WriteStartArray("exchanges");
        foreach (var exchange in session.Exchanges)
        {
            json.WriteStartObject();
            if (exchange.Question is { } question)
            {
                // The spans, not the strings: writing a large log's JSON should not make and keep every text.
                json.WriteString("question", question.TextSpan);
            }
            else
            {
                json.WriteNull("question");
            }

            json.WriteStartArray("answers");
            foreach (var answer in exchange.Answers)
            {
                json.WriteStringValue(answer.TextSpan);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("prose");
        foreach (var prose in session.Prose)
        {
            json.WriteStringValue(prose.TextSpan);
        }

        json.WriteEndArray();
        WriteLinks(json, session.Links);
        json.WriteEndObject();
    }

    private static void WriteNotes(Utf8JsonWriter json, IReadOnlyList<Note> notes)
    {
        json.WriteStartArray("notes");
        var pending = new Stack<(IReadOnlyList<Note> Siblings, int Next)>();
        pending.Push((notes, 0));
        while (pending.Count > 0)
        {
            var (siblings, next) = pending.Pop();
            if (next == siblings.Count)
            {
                json.WriteEndArray();
                if (pending.Count > 0)
                {
                    json.WriteEndObject();
                }

                continue;
            }

            var note = siblings[next];
            pending.Push((siblings, next + 1));
            json.WriteStartObject();
            json.WriteString("kind", note.Kind);
            json.WriteString("text", note.TextSpan);
            json.WriteString("label", note.Label);
            WriteLinks(json, note.Links);
            json.WriteStartArray("children");
            pending.Push((note.Children, 0));
        }
    }

    private static void WriteLinks(Utf8JsonWriter json, IEnumerable<Link> links)
    {
        json.WriteStartArray("links");
        foreach (var url in links.Select(link => link.Url))
        {
            json.WriteStringValue(url);
        }

        json.WriteEndArray();
    }
}
