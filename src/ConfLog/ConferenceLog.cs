using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Structure;
using ConfLog.Text;
using ConfLog.Writers;

namespace ConfLog;

/// <summary>
/// A parsed conference log: the event, its sessions, every line as read, and what could not be read.
/// Nothing of the input is lost: <see cref="ToString"/> gives the text back exactly.
/// </summary>
/// <example>
/// <code>
/// var log = ConferenceLog.Parse(text);
/// foreach (var talk in log.Talks)
///     Console.WriteLine($"{talk.Start:HH:mm} {talk.Title} / {string.Join(", ", talk.Speakers)}");
/// </code>
/// </example>
public sealed class ConferenceLog
{
    // Decoding replaces invalid bytes instead of throwing, and keeps a byte-order mark as U+FEFF so that
    // Save writes it back.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private ConferenceLog(SourceText source, ImmutableArray<LogLine> lines, Event ev, ImmutableArray<Session> sessions, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Lines = lines;
        Event = ev;
        Sessions = sessions;
        Diagnostics = diagnostics;
        Talks = sessions.OfType<Talk>().ToImmutableArray();
    }

    /// <summary>Gets the input, cut into lines, exactly as given.</summary>
    public SourceText Source { get; }

    /// <summary>Gets every line with what the line grammar read in it, in order.</summary>
    public ImmutableArray<LogLine> Lines { get; }

    /// <summary>Gets the event described by the header bullets; its values are <see langword="null"/> when there is no header.</summary>
    public Event Event { get; }

    /// <summary>Gets the talks, breaks and interludes, in source order.</summary>
    public ImmutableArray<Session> Sessions { get; }

    /// <summary>Gets the talks, in source order.</summary>
    public ImmutableArray<Talk> Talks { get; }

    /// <summary>Gets the diagnostics, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Parses a log. Any string is accepted; by default this never throws.</summary>
    /// <param name="text">The notes; <see langword="null"/> is read as empty.</param>
    /// <param name="options">How to read them; <see cref="ConfLogOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The parsed log.</returns>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log has errors.</exception>
    public static ConferenceLog Parse(string? text, ConfLogOptions? options = null)
    {
        options ??= ConfLogOptions.Default;
        var source = SourceText.From(text);
        var diagnostics = new List<Diagnostic>();
        var reader = new LineReader(options);
        var lines = source.Lines.Select(line => reader.Read(line, diagnostics)).ToImmutableArray();
        var (ev, sessions) = LogBuilder.Build(lines, diagnostics);
        var sorted = diagnostics.OrderBy(d => d.Span.Offset).ToImmutableArray();
        var log = new ConferenceLog(source, lines, ev, sessions, sorted);
        if (options.Strict && log.HasErrors)
        {
            throw new ConfLogParseException(sorted);
        }

        return log;
    }

    /// <summary>Reads and parses a UTF-8 file, with or without a byte-order mark.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The parsed log.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log has errors.</exception>
    public static ConferenceLog Load(string path, ConfLogOptions? options = null) =>
        Parse(Utf8.GetString(File.ReadAllBytes(Guard.NotNull(path, nameof(path)))), options);

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
        return Parse(Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), options);
    }

    /// <summary>Reads a text reader to its end and parses what it gave.</summary>
    /// <param name="reader">The reader; it is not closed.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The parsed log.</returns>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log has errors.</exception>
    public static ConferenceLog Load(TextReader reader, ConfLogOptions? options = null) =>
        Parse(Guard.NotNull(reader, nameof(reader)).ReadToEnd(), options);

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

    /// <summary>Gives the input text back exactly as it was given.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Source.Text;
}
