using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ConfLog.Diagnostics;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog;

/// <summary>
/// The sessions of a log, read from a <see cref="TextReader"/> and given one by one as each is complete, so that
/// an archive of any size is processed in memory bounded by its largest session. Made by
/// <see cref="ConferenceLog.Stream"/>; it can be enumerated once.
/// </summary>
/// <example>
/// <code>
/// using var reader = File.OpenText("archive.txt");
/// var stream = ConferenceLog.Stream(reader);
/// foreach (var session in stream)
///     Console.WriteLine(session.Start);
/// Console.WriteLine($"{stream.Diagnostics.Count} diagnostics");
/// </code>
/// </example>
public sealed class StreamedLog : IEnumerable<Session>
{
    private readonly TextReader _reader;
    private readonly ConfLogOptions _options;
    private readonly List<Diagnostic> _diagnostics = new();
    private bool _enumerated;

    internal StreamedLog(TextReader reader, ConfLogOptions options)
    {
        _reader = reader;
        _options = options;
    }

    /// <summary>Gets the event, once enumeration has begun (the header is read first); <see langword="null"/> before.</summary>
    public Event? Event { get; private set; }

    /// <summary>
    /// Gets the markup the log was read in, as <see cref="ConferenceLog.Markup"/> says it for the same text, once the
    /// stream has been enumerated to its end; <see langword="null"/> before (a seed-form log may still show a Markdown
    /// heading further on).
    /// </summary>
    public NoteMarkup? Markup { get; private set; }

    /// <summary>Gets why, as <see cref="ConferenceLog.MarkupReason"/> says it, once the stream has ended; <see langword="null"/> before.</summary>
    public string? MarkupReason { get; private set; }

    /// <summary>Gets the days, as <see cref="ConferenceLog.Days"/> gives them, once the stream has ended; empty before.</summary>
    public System.Collections.Immutable.ImmutableArray<Day> Days { get; private set; } = System.Collections.Immutable.ImmutableArray<Day>.Empty;

    /// <summary>
    /// Gets the diagnostics found so far, in the order they were found: the same diagnostics
    /// <see cref="ConferenceLog.Parse(string?, ConfLogOptions?)"/> gives, which it sorts by position.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Reads the log, giving each session as soon as the line after it has been read.</summary>
    /// <returns>The sessions, in source order.</returns>
    /// <exception cref="InvalidOperationException">The stream was enumerated before.</exception>
    /// <exception cref="ConfLogParseException">In strict mode only, at the end, when the log had errors.</exception>
    public IEnumerator<Session> GetEnumerator()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("A streamed log reads its text reader once; parse again to read it again.");
        }

        _enumerated = true;
        return Read().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // StreamedReading decides the dialect from the first lines, as Parse does, and streams the rest or reads it whole.
    private IEnumerable<Session> Read()
    {
        var reading = new StreamedReading(_options, _diagnostics);
        var ready = new List<Session>();
        foreach (var line in SourceReader.Lines(_reader))
        {
            reading.Add(line, ready);
            if (ready.Count > 0)
            {
                Event = reading.Event;
                foreach (var session in ready)
                {
                    yield return session;
                }

                ready.Clear();
            }
        }

        reading.End(ready, CancellationToken.None);
        Event = reading.Event;
        Markup = reading.Markup;
        MarkupReason = reading.MarkupReason;
        Days = reading.Days;
        foreach (var session in ready)
        {
            yield return session;
        }

        reading.ThrowIfStrict();
    }
}
