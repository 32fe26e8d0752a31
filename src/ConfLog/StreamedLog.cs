using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
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

    // The dialect is decided from the first lines (LogPipeline.DialectPrefix), as Parse decides it: until a talk header
    // of the seed's form is read there, the lines and the sessions made of them are held. With one, the held sessions
    // are given and the rest streams in bounded memory, as it always did. With none in the prefix, the reader of real
    // notes needs the whole text (which level holds the talks is decided from every heading): the rest is read into
    // memory and the text parsed whole.
    private IEnumerable<Session> Read()
    {
        var pipeline = new LogPipeline(_options, _diagnostics, TextSource.Lines);
        var held = new List<SourceLine>();
        var ready = new List<Session>();
        using var lines = SourceReader.Lines(_reader).GetEnumerator();
        bool more;
        while ((more = lines.MoveNext()) && pipeline.SeedHeaderLine == 0 && held.Count < LogPipeline.DialectPrefix)
        {
            held.Add(lines.Current);
            pipeline.Feed(lines.Current);
            pipeline.Drain(ready);
        }

        if (pipeline.SeedHeaderLine == 0)
        {
            foreach (var session in ReadWhole(held, more ? lines : null))
            {
                yield return session;
            }

            yield break;
        }

        held.Clear();
        Event = pipeline.Event;
        foreach (var session in ready)
        {
            yield return session;
        }

        ready.Clear();
        if (more)
        {
            pipeline.Feed(lines.Current);
            foreach (var session in Drained(pipeline, ready))
            {
                yield return session;
            }

            while (lines.MoveNext())
            {
                pipeline.Feed(lines.Current);
                foreach (var session in Drained(pipeline, ready))
                {
                    yield return session;
                }
            }
        }

        pipeline.Complete();
        foreach (var session in Drained(pipeline, ready))
        {
            yield return session;
        }

        Event = pipeline.Event;
        ThrowIfStrict();
    }

    private List<Session> Drained(LogPipeline pipeline, List<Session> ready)
    {
        ready.Clear();
        pipeline.Drain(ready);
        if (ready.Count > 0)
        {
            Event = pipeline.Event;
        }

        return ready;
    }

    // Parses the whole text: the held lines, the line the enumerator stands on, and the rest.
    private IEnumerable<Session> ReadWhole(List<SourceLine> held, IEnumerator<SourceLine>? rest)
    {
        var text = new StringBuilder();
        if (held.Count > 0 && held[0].Offset > 0)
        {
            text.Append('\uFEFF');
        }

        foreach (var line in held)
        {
            text.Append(line.Text).Append(line.Ending);
        }

        if (rest is not null)
        {
            do
            {
                text.Append(rest.Current.Text).Append(rest.Current.Ending);
            }
            while (rest.MoveNext());
        }

        held.Clear();
        var log = ConferenceLog.Parse(text.ToString(), _options with { Strict = false });
        _diagnostics.Clear();
        _diagnostics.AddRange(log.Diagnostics);
        Event = log.Event;
        foreach (var session in log.Sessions)
        {
            yield return session;
        }

        ThrowIfStrict();
    }

    private void ThrowIfStrict()
    {
        if (_options.Strict && _diagnostics.Any(d => d.IsError))
        {
            throw new ConfLogParseException(DiagnosticOrder.Sort(_diagnostics));
        }
    }
}
