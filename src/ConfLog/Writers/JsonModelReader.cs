using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ConfLog.Diagnostics;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Writers;

// Reads the document JsonWriter writes back into the model, node by node, from a JsonDocument: no reflection, so it
// stays trim- and AOT-safe. Notes are read without recursion, as deep as they were written.
internal static class JsonModelReader
{
    private static readonly string[] DateTimeForms = { "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss" };

    private static readonly string[] TimeForms = { @"hh\:mm", @"hh\:mm\:ss" };

    // The document's nesting is that of the notes: no depth limit of the reader's own.
    public static JsonDocumentOptions DocumentOptions => new() { MaxDepth = int.MaxValue };

    public static Parts ReadDocument(string json)
    {
        using var document = Parse(json);
        return Guarded(() => ReadDocument(document.RootElement));
    }

    public static Parts ReadDocument(JsonElement root)
    {
        int version = root.GetProperty("version").GetInt32();
        if (version != JsonWriter.Version)
        {
            throw new JsonException($"ConfLog JSON version {version} is not read; this library reads version {JsonWriter.Version}");
        }

        var sessions = Array(root.GetProperty("sessions"), ReadSession);
        var talksByLine = new Dictionary<int, Talk>();
        foreach (var session in sessions)
        {
            if (session is Talk talk && !talksByLine.ContainsKey(talk.Header.Line))
            {
                talksByLine.Add(talk.Header.Line, talk);
            }
        }

        var days = Array(root.GetProperty("days"), day => new Day(
            Required(day, "title"),
            Date(day.GetProperty("date")),
            ReadSpan(day.GetProperty("header")),
            Array(day.GetProperty("talks"), line => talksByLine.TryGetValue(line.GetInt32(), out var talk)
                ? talk
                : throw new JsonException($"a day names the talk at line {line.GetInt32()}, which is not in \"sessions\"")),
            ReadSpan(day.GetProperty("span"))));
        string markup = Required(root, "markup");
        return new Parts(
            ReadEvent(root.GetProperty("event")),
            sessions,
            days,
            Array(root.GetProperty("diagnostics"), ReadDiagnostic),
            Enum.TryParse(markup, ignoreCase: true, out NoteMarkup value) ? value : throw new JsonException($"unknown markup \"{markup}\""),
            Required(root, "markupReason"));
    }

    // One node of type T from the object the document holds for it, for the converters of the nodes.
    public static T ReadNode<T>(JsonElement element)
        where T : Node => Guarded(() => ReadNode(typeof(T), element) as T ?? throw new JsonException($"the JSON object is not a {typeof(T).Name}"));

    public static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(Guard.NotNull(json, nameof(json)), DocumentOptions);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    private static Node ReadNode(Type type, JsonElement element)
    {
        if (type == typeof(Event))
        {
            return ReadEvent(element);
        }

        if (typeof(Session).IsAssignableFrom(type))
        {
            return ReadSession(element);
        }

        if (typeof(SessionItem).IsAssignableFrom(type))
        {
            return ReadItem(element);
        }

        if (type == typeof(Speaker))
        {
            return ReadSpeaker(element);
        }

        if (type == typeof(Link))
        {
            return ReadLink(element);
        }

        if (type == typeof(Label))
        {
            return ReadLabel(element);
        }

        if (type == typeof(Node) && element.TryGetProperty("kind", out var kind))
        {
            return kind.GetString() is "talk" or "break" or "section" or "interlude" ? ReadSession(element) : ReadItem(element);
        }

        throw new NotSupportedException($"a {type.Name} is not read from JSON alone: read the whole log with ConferenceLog.FromJson");
    }

    private static T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            throw new JsonException("not a ConfLog JSON document (see JsonWriter.Schema): " + ex.Message, ex);
        }
    }

    private static Event ReadEvent(JsonElement ev) => new(
        ev.GetProperty("title").GetString(),
        Date(ev.GetProperty("date")),
        ev.GetProperty("venue").GetString(),
        ev.GetProperty("venueDetail").GetString(),
        Time(ev.GetProperty("start")),
        Time(ev.GetProperty("end")),
        Links(ev),
        Array(ev.GetProperty("labels"), ReadLabel),
        ReadSpan(ev.GetProperty("span")));

    private static Session ReadSession(JsonElement session)
    {
        string kind = Required(session, "kind");
        var items = Array(session.GetProperty("items"), ReadItem);
        var start = DateTime(session.GetProperty("start"));
        var end = DateTime(session.GetProperty("end"));
        bool inferred = session.GetProperty("startInferred").GetBoolean();
        var span = ReadSpan(session.GetProperty("span"));
        var evidence = Array(session.GetProperty("evidence"), e => new Evidence(Required(e, "rule"), e.GetProperty("line").GetInt32(), Required(e, "detail")));
        Session read = kind switch
        {
            "talk" => new Talk(Required(session, "title"), Array(session.GetProperty("speakers"), ReadSpeaker), Header(session), items, start, end, inferred, span)
            {
                StartTime = Time(session.GetProperty("startTime")),
                EndTime = Time(session.GetProperty("endTime")),
            },
            "break" => new Break(Required(session, "title"), Header(session), items, start, end, span),
            "section" => new Section(Required(session, "title"), session.GetProperty("level").GetInt32(), Header(session), items, start, end, span),
            "interlude" => new Interlude(items, span),
            _ => throw new JsonException($"unknown session kind \"{kind}\""),
        };

        // Set whatever the kind's constructor does not take, so that every session reads back as it was written.
        return read with { Start = start, End = end, StartInferred = inferred, Evidence = evidence };
    }

    private static SourceSpan Header(JsonElement session) => ReadSpan(session.GetProperty("header"));

    private static SessionItem ReadItem(JsonElement item)
    {
        string kind = Required(item, "kind");
        return kind switch
        {
            "note" => ReadNote(item),
            "exchange" => new Exchange(
                item.GetProperty("question").ValueKind == JsonValueKind.Null ? null : ReadQuestion(item.GetProperty("question")),
                Array(item.GetProperty("answers"), ReadAnswer),
                ReadSpan(item.GetProperty("span"))),
            "question" => ReadQuestion(item),
            "answer" => ReadAnswer(item),
            "prose" => new Prose(Required(item, "text"), Links(item), ReadSpan(item.GetProperty("span"))),
            "heading" => new Heading(Required(item, "text"), item.GetProperty("level").GetInt32(), ReadSpan(item.GetProperty("span"))),
            "timestamp" => new Timestamp(
                DateTime(item.GetProperty("value")) ?? throw new JsonException("a timestamp has no value"),
                item.GetProperty("hasSeconds").GetBoolean(),
                ReadSpan(item.GetProperty("span"))),
            "blank" => new Blank(ReadSpan(item.GetProperty("span"))),
            _ => throw new JsonException($"unknown item kind \"{kind}\""),
        };
    }

    private static Question ReadQuestion(JsonElement question) =>
        new(Required(question, "text"), Links(question), ReadSpan(question.GetProperty("span")));

    private static Answer ReadAnswer(JsonElement answer) =>
        new(Required(answer, "text"), Links(answer), ReadSpan(answer.GetProperty("span")));

    // Depth first with a stack of its own, each note made once its children are: notes nest thousands of levels deep.
    private static Note ReadNote(JsonElement top)
    {
        var pending = new Stack<NoteFrame>();
        pending.Push(new NoteFrame(top));
        while (true)
        {
            var frame = pending.Peek();
            if (frame.Children.MoveNext())
            {
                pending.Push(new NoteFrame(frame.Children.Current));
                continue;
            }

            pending.Pop();
            var element = frame.Element;
            var note = new Note(
                Required(element, "text"),
                element.GetProperty("label").GetString(),
                Required(element, "marker"),
                element.GetProperty("indent").GetInt32(),
                Links(element),
                frame.Built.ToImmutable(),
                ReadSpan(element.GetProperty("span")),
                Required(element, "noteKind"));
            if (pending.Count == 0)
            {
                return note;
            }

            pending.Peek().Built.Add(note);
        }
    }

    private static Speaker ReadSpeaker(JsonElement speaker) => new(
        Required(speaker, "name"),
        speaker.GetProperty("affiliation").GetString(),
        speaker.GetProperty("handle").GetString(),
        ReadSpan(speaker.GetProperty("span")));

    private static Label ReadLabel(JsonElement label) =>
        new(Required(label, "label"), Required(label, "text"), ReadSpan(label.GetProperty("span")));

    private static Link ReadLink(JsonElement link) => new(Required(link, "url"), ReadSpan(link.GetProperty("span")));

    private static ImmutableArray<Link> Links(JsonElement node) => Array(node.GetProperty("links"), ReadLink);

    private static Diagnostic ReadDiagnostic(JsonElement diagnostic)
    {
        string severity = Required(diagnostic, "severity");
        return new Diagnostic(
            Required(diagnostic, "code"),
            severity switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "info" => DiagnosticSeverity.Info,
                _ => throw new JsonException($"unknown severity \"{severity}\""),
            },
            Required(diagnostic, "message"),
            ReadSpan(diagnostic.GetProperty("span")));
    }

    private static SourceSpan ReadSpan(JsonElement span) => new(
        span.GetProperty("offset").GetInt32(),
        span.GetProperty("length").GetInt32(),
        span.GetProperty("line").GetInt32(),
        span.GetProperty("column").GetInt32());

    private static ImmutableArray<T> Array<T>(JsonElement array, Func<JsonElement, T> read)
    {
        var made = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            made.Add(read(element));
        }

        return made.MoveToImmutable();
    }

    private static string Required(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new JsonException($"\"{name}\" is null");

    private static DateTime? Date(JsonElement value) => value.GetString() is { } text
        ? System.DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None)
        : null;

    private static DateTime? DateTime(JsonElement value) => value.GetString() is { } text
        ? System.DateTime.ParseExact(text, DateTimeForms, CultureInfo.InvariantCulture, DateTimeStyles.None)
        : null;

    private static TimeSpan? Time(JsonElement value) => value.GetString() is { } text
        ? TimeSpan.ParseExact(text, TimeForms, CultureInfo.InvariantCulture)
        : null;

    // What a document holds besides its text, for ConferenceLog.FromJson to make a log of.
    internal sealed record Parts(Event Event, ImmutableArray<Session> Sessions, ImmutableArray<Day> Days, ImmutableArray<Diagnostic> Diagnostics, NoteMarkup Markup, string MarkupReason);

    // A note being read: its object, where its children's enumeration stands, and the children read so far.
    private sealed class NoteFrame
    {
        public NoteFrame(JsonElement element)
        {
            Element = element;
            Children = element.GetProperty("children").EnumerateArray();
        }

        public JsonElement Element { get; }

        public ImmutableArray<Note>.Builder Built { get; } = ImmutableArray.CreateBuilder<Note>();

        // A field, so that MoveNext advances the enumerator kept here and not a copy of it.
        public JsonElement.ArrayEnumerator Children;
    }
}
