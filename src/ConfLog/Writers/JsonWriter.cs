using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>
/// Writes a log as JSON in the shape <c>conflog parse --json</c> prints, described by <see cref="Schema"/> (JSON Schema
/// draft 2020-12) and read back by <see cref="ConferenceLog.FromJson(string)"/>. Field names are a public contract;
/// the document says its <see cref="Version"/>; dates are ISO 8601 and absent values are <c>null</c>. Every node has its
/// <c>span</c> (<c>line</c>, <c>column</c>, <c>offset</c>, <c>length</c>), and a session's <c>items</c> are one array in
/// source order, each with its <c>kind</c>: <c>note</c>, <c>exchange</c>, <c>prose</c>, <c>heading</c>,
/// <c>timestamp</c>, <c>blank</c> (and <c>question</c> or <c>answer</c>, which the parser puts only in an exchange).
/// </summary>
public static class JsonWriter
{
    /// <summary>
    /// The version of the document's shape, written as its <c>version</c> field: 2 since nodes have spans and a
    /// session's items are one array (version 1, with no such field, had <c>notes</c>, <c>exchanges</c> and
    /// <c>prose</c> arrays and no positions below a session).
    /// </summary>
    public const int Version = 2;

    private const int ChunkBytes = 64 * 1024;

    // Embedded by the project file under this name; the package also carries the file itself (schema/).
    private const string SchemaResource = "ConfLog.Writers.conflog.schema.json";

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly Lazy<string> SchemaText = new(() =>
    {
        using var stream = typeof(JsonWriter).Assembly.GetManifestResourceStream(SchemaResource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of the document <see cref="ConferenceLog.ToJson"/> writes, of version
    /// <see cref="Version"/>; its <c>$defs</c> describe each node, and <c>$defs/session</c> each session line of
    /// <see cref="WriteLines"/>. The same file is in the package, as <c>schema/conflog.schema.json</c>.
    /// </summary>
    public static string Schema => SchemaText.Value;

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
    internal static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = Encoder, MaxDepth = int.MaxValue };

    private static void WriteDocument(ConferenceLog log, Utf8JsonWriter json, System.Action pass)
    {
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WritePropertyName("event");
        JsonNodeWriter.WriteEvent(json, log.Event);
        json.WriteString("markup", MarkupName(log.Markup));
        json.WriteString("markupReason", log.MarkupReason);
        json.WriteStartArray("sessions");
        foreach (var session in log.Sessions)
        {
            JsonNodeWriter.WriteSession(json, session);
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
            JsonNodeWriter.WriteDay(json, day);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Writes a <see cref="StreamedLog"/> as JSON Lines while it is read: a first line <c>{"version": 2, "event": ...}</c>, then one
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
            json.WriteNumber("version", Version);
            json.WritePropertyName("event");
            JsonNodeWriter.WriteEvent(json, log.Event!);
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

            Line(() => JsonNodeWriter.WriteSession(json, session));
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
            json.WriteString("message", diagnostic.Message);
            JsonNodeWriter.WriteSpan(json, "span", diagnostic.Span);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
