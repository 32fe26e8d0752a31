using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Structure;
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

    private IEnumerable<Session> Read()
    {
        var pipeline = new LogPipeline(_options, _diagnostics, TextSource.Lines);
        foreach (var session in pipeline.Read(SourceReader.Lines(_reader)))
        {
            Event = pipeline.Event;
            yield return session;
        }

        Event = pipeline.Event;

        if (_options.Strict && _diagnostics.Any(d => d.IsError))
        {
            throw new ConfLogParseException(DiagnosticOrder.Sort(_diagnostics));
        }
    }
}
