using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Structure;
using ConfLog.Text;
using ConfLog.Writers;

namespace ConfLog;

/// <summary>
/// A parsed conference log: the event, its sessions, every line as read, and what could not be read.
/// Nothing of the input is lost: <see cref="ToString"/> gives the text back exactly. Two logs are equal when they were
/// read from the same text into equal events, sessions and diagnostics: parsing the same text twice gives equal logs.
/// </summary>
/// <example>
/// <code>
/// var log = ConferenceLog.Parse(text);
/// foreach (var talk in log.Talks)
///     Console.WriteLine($"{talk.Start:HH:mm} {talk.Title} / {string.Join(", ", talk.Speakers)}");
/// </code>
/// </example>
[System.Text.Json.Serialization.JsonConverter(typeof(JsonLogConverter))]
public sealed partial class ConferenceLog : IEquatable<ConferenceLog>
{
    // Encoding writes no byte-order mark of its own (one read from the file is U+FEFF in the text and is written
    // back as such), and replaces a lone surrogate instead of throwing.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // What the grammar read in each line is kept only on demand: held for a whole log, those records would be promoted
    // by every collection during a large parse, and the model already holds what they found.
    private readonly Lazy<ImmutableArray<LogLine>> _lines;

    private ConferenceLog(SourceText source, ConfLogOptions options, Event ev, ImmutableArray<Session> sessions, ImmutableArray<Diagnostic> diagnostics, Dialect dialect)
    {
        Source = source;
        Options = options;
        Markup = dialect.Markup;
        MarkupReason = dialect.Reason;
        ReadInSeedDialect = dialect.IsSeed;
        Days = dialect.Days(sessions);
        _lines = new Lazy<ImmutableArray<LogLine>>(() => ReadLines(source, options));
        Event = ev;
        Sessions = sessions;
        Diagnostics = diagnostics;
        Talks = sessions.OfType<Talk>().ToImmutableArray();
    }

    /// <summary>Gets the input, cut into lines, exactly as given.</summary>
    public SourceText Source { get; }

    /// <summary>Gets every line with what the line grammar read in it, in order (read again on first use, then kept).</summary>
    public ImmutableArray<LogLine> Lines => _lines.Value;

    /// <summary>Gets the event described by the header bullets; its values are <see langword="null"/> when there is no header.</summary>
    public Event Event { get; }

    /// <summary>Gets the talks, breaks and interludes, in source order.</summary>
    public ImmutableArray<Session> Sessions { get; }

    /// <summary>Gets the talks, in source order.</summary>
    public ImmutableArray<Talk> Talks { get; }

    /// <summary>Gets the diagnostics, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Gets the markup the log was read in. A log with a talk header of the seed's own form (<c>Title / Speaker</c>)
    /// in its first 400 lines is read in the seed's dialect, <see cref="NoteMarkup.Plain"/> (or
    /// <see cref="NoteMarkup.Markdown"/> when it has <c>#</c> headings); any other is read by the reader of real notes,
    /// which decides the markup from the text.
    /// </summary>
    public NoteMarkup Markup { get; }

    /// <summary>Gets why the log was read in <see cref="Markup"/>: <c>22 underlined titles</c>, <c>talk header of the seed's form at line 3</c>.</summary>
    public string MarkupReason { get; }

    // The options it was read with: an edit reads the edited text again with the same ones.
    internal ConfLogOptions Options { get; }

    // Whether a talk header of the seed's form decided the dialect, so the reader of real notes never ran.
    internal bool ReadInSeedDialect { get; }

    /// <summary>
    /// Gets the days of a multi-day log, each opened by a day heading (<c># Day 1</c>, <c>## 9/3/2025</c>), in order;
    /// empty for a log with no day headings.
    /// </summary>
    public ImmutableArray<Day> Days { get; }

    /// <summary>Gets whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Parses a log. Any string is accepted; by default this never throws.</summary>
    /// <param name="text">The notes; <see langword="null"/> is read as empty.</param>
    /// <param name="options">How to read them; <see cref="ConfLogOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The parsed log.</returns>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log has errors.</exception>
    /// <remarks>
    /// The model's texts (of notes, questions, answers, prose, talk titles, speakers, labels and links) are read from
    /// <paramref name="text"/> when first asked for, not copied out of it during the parse, so a node kept after its
    /// log is dropped keeps the whole text alive until each of its texts has been read once. The same holds for the
    /// text that <c>Load</c> decodes.
    /// </remarks>
    public static ConferenceLog Parse(string? text, ConfLogOptions? options = null) =>
        Parse(text, options, invalidBytes: null);

    /// <summary>
    /// Reads and parses a UTF-8 file, with or without a byte-order mark. Invalid bytes do not stop it: each
    /// invalid run becomes U+FFFD and a <c>CL0011</c> diagnostic gives its byte offset.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The parsed log.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log has errors.</exception>
    public static ConferenceLog Load(string path, ConfLogOptions? options = null)
    {
        byte[] bytes = File.ReadAllBytes(Guard.NotNull(path, nameof(path)));
        return Decode(bytes, bytes.Length, options);
    }

    /// <summary>Reads a UTF-8 stream to its end and parses it.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The parsed log.</returns>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log has errors.</exception>
    public static ConferenceLog Load(Stream stream, ConfLogOptions? options = null)
    {
        Guard.NotNull(stream, nameof(stream));
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer(), (int)buffer.Length, options);
    }

    /// <summary>Reads a text reader to its end and parses what it gave.</summary>
    /// <param name="reader">The reader; it is not closed.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The parsed log.</returns>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log has errors.</exception>
    public static ConferenceLog Load(TextReader reader, ConfLogOptions? options = null) =>
        Parse(Guard.NotNull(reader, nameof(reader)).ReadToEnd(), options);

    private static ConferenceLog Decode(byte[] bytes, int count, ConfLogOptions? options, CancellationToken cancellationToken = default)
    {
        var invalid = new List<Utf8Text.InvalidBytes>();
        string text = Utf8Text.Decode(bytes, count, invalid);
        return Parse(text, options, invalid, cancellationToken);
    }

    // The token is checked between lines by the pipeline, and around the reader of real notes, which runs whole.
    private static ConferenceLog Parse(string? text, ConfLogOptions? options, List<Utf8Text.InvalidBytes>? invalidBytes, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= ConfLogOptions.Default;
        var source = SourceText.From(text);
        var diagnostics = new List<Diagnostic>();
        foreach (var bad in invalidBytes ?? Enumerable.Empty<Utf8Text.InvalidBytes>())
        {
            var line = source.LineAt(bad.CharOffset);
            var span = line.SpanOf(bad.CharOffset - line.Offset, 1);
            string what = bad.Length == 1 ? $"byte 0x{bad.First:X2}" : $"{bad.Length} bytes from 0x{bad.First:X2}";
            diagnostics.Add(DiagnosticCodes.InvalidUtf8.At(span, $"invalid UTF-8 {what} at byte offset {bad.ByteOffset}, replaced by U+FFFD"));
        }

        var texts = new TextSource(source.Text);
        var (pipeline, sessions, dialect) = DialectFirstReading.Read(source, options, diagnostics, texts, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var sorted = DiagnosticOrder.Sort(diagnostics);
        var log = new ConferenceLog(source, options, pipeline.Event!, sessions, sorted, dialect);
        if (options.Strict && log.HasErrors)
        {
            throw new ConfLogParseException(sorted);
        }

        return log;
    }

    /// <summary>
    /// Reads a log from <paramref name="reader"/> a line at a time and gives its sessions as each is complete,
    /// holding only the session in progress: for archives too large to parse whole. The sessions, spans and
    /// diagnostics are those <see cref="Parse(string?, ConfLogOptions?)"/> would give (the diagnostics in the order found).
    /// </summary>
    /// <param name="reader">The text; it is read as the stream is enumerated, and not closed.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The stream of sessions, to enumerate once.</returns>
    public static StreamedLog Stream(TextReader reader, ConfLogOptions? options = null) =>
        new(Guard.NotNull(reader, nameof(reader)), options ?? ConfLogOptions.Default);

    private static ImmutableArray<LogLine> ReadLines(SourceText source, ConfLogOptions options)
    {
        var reader = new LineReader(options);
        var ignored = new List<Diagnostic>();
        var lines = ImmutableArray.CreateBuilder<LogLine>(source.Lines.Length);
        foreach (var line in source.Lines)
        {
            lines.Add(reader.Read(line, ignored).ToLogLine());
        }

        return lines.MoveToImmutable();
    }

    /// <summary>Writes the log back as text, exactly as it was read.</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteTo(TextWriter writer) => LosslessWriter.Write(this, Guard.NotNull(writer, nameof(writer)));

    /// <summary>Writes the log to a stream as UTF-8, byte for byte as it was loaded (byte-order mark included).</summary>
    /// <param name="stream">Where to write; it is not closed.</param>
    public void Save(Stream stream)
    {
        byte[] bytes = Utf8.GetBytes(Source.Text);
        Guard.NotNull(stream, nameof(stream)).Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes the log to a file as UTF-8, byte for byte as it was loaded.</summary>
    /// <param name="path">The file's path; an existing file is replaced.</param>
    public void Save(string path) => File.WriteAllBytes(Guard.NotNull(path, nameof(path)), Utf8.GetBytes(Source.Text));

    /// <summary>Gives the log as JSON, in the shape <c>conflog parse --json</c> prints.</summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true) => JsonWriter.Write(this, indented);

    /// <summary>
    /// Reads back a document that <see cref="ToJson"/> wrote (version <see cref="JsonWriter.Version"/>; see
    /// <see cref="JsonWriter.Schema"/>): the event, the sessions, the days and the diagnostics, every node with its span,
    /// equal to those of the log that was written. The text is not in the document, so the log has none:
    /// <see cref="Source"/> is empty text, <see cref="Lines"/> is empty, and <see cref="ToString"/>,
    /// <see cref="WriteTo"/> and <see cref="Save(Stream)"/> give nothing; the spans still say where each node stood in the
    /// text that was parsed. Its <see cref="ToJson"/> gives the document back.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <returns>The log.</returns>
    /// <exception cref="System.Text.Json.JsonException">The text is not JSON, or not a ConfLog document of this version.</exception>
    public static ConferenceLog FromJson(string json) => new(JsonModelReader.ReadDocument(json));

    private ConferenceLog(JsonModelReader.Parts parts)
    {
        Source = SourceText.From(string.Empty);

        // What read the document's text is not in the document; an edit of this log reads its new text as by default.
        Options = ConfLogOptions.Default;
        Markup = parts.Markup;
        MarkupReason = parts.MarkupReason;
        Days = parts.Days;
        _lines = new Lazy<ImmutableArray<LogLine>>(() => ImmutableArray<LogLine>.Empty);
        Event = parts.Event;
        Sessions = parts.Sessions;
        Diagnostics = parts.Diagnostics;
        Talks = parts.Sessions.OfType<Talk>().ToImmutableArray();
    }

    /// <summary>
    /// Tells whether <paramref name="other"/> was read from the same text into equal events, sessions and
    /// diagnostics (the same text read with other options may differ).
    /// </summary>
    /// <param name="other">The log to compare with.</param>
    /// <returns><see langword="true"/> when the two are equal.</returns>
    public bool Equals(ConferenceLog? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Source.Text, other.Source.Text, StringComparison.Ordinal)
            && Event.Equals(other.Event)
            && Sessions.SequenceEqual(other.Sessions)
            && Diagnostics.SequenceEqual(other.Diagnostics));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConferenceLog);

    /// <inheritdoc/>
    /// <remarks>Reads only the lengths, so that hashing a large log costs nothing; equal logs have equal lengths.</remarks>
    public override int GetHashCode() => unchecked((Source.Text.Length * 397) ^ Sessions.Length);

    /// <summary>Gives the input text back exactly as it was given.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Source.Text;
}
