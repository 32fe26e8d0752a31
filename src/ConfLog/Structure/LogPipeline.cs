using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// The whole pipeline, a line at a time: each line is read by the grammar, checked, and handed to the assembler,
/// which makes each session as soon as it is complete. Parse and Stream both run it, so what the grammar read in a
/// line dies young instead of being held, and promoted, for the length of a large parse.
/// </summary>
internal sealed class LogPipeline
{
    private readonly ConfLogOptions _options;
    private readonly List<Diagnostic> _diagnostics;
    private readonly TextSource _texts;
    private readonly LineReader _reader;
    private readonly TimeOrder _order;
    private readonly List<LogLine> _header = new();
    private readonly EventReader.HeaderWatch _watch = new();
    private readonly Queue<Session> _ready = new();
    private SessionAssembler? _assembler;

    /// <summary>Initializes a pipeline for one log.</summary>
    /// <param name="options">How to read it.</param>
    /// <param name="diagnostics">Receives what could not be understood, in the order found.</param>
    /// <param name="texts">Where the model's texts point.</param>
    public LogPipeline(ConfLogOptions options, List<Diagnostic> diagnostics, TextSource texts)
    {
        _options = options;
        _diagnostics = diagnostics;
        _texts = texts;
        _reader = new LineReader(options);
        _order = new TimeOrder(diagnostics);
    }

    /// <summary>Gets the event, once its header has been read (at the latest when the log ends); null before.</summary>
    public Event? Event { get; private set; }

    /// <summary>Reads a whole log.</summary>
    /// <param name="source">The lines.</param>
    /// <param name="options">How to read them.</param>
    /// <param name="diagnostics">Receives what could not be understood, in the order found.</param>
    /// <param name="texts">Where the model's texts point.</param>
    /// <returns>The event and the sessions, in order.</returns>
    public static (Event Event, ImmutableArray<Session> Sessions) ReadAll(IEnumerable<SourceLine> source, ConfLogOptions options, List<Diagnostic> diagnostics, TextSource texts)
    {
        var pipeline = new LogPipeline(options, diagnostics, texts);
        var sessions = ImmutableArray.CreateBuilder<Session>();
        foreach (var line in source)
        {
            pipeline.Feed(line);
            pipeline.Drain(sessions);
        }

        var ev = pipeline.Complete();
        pipeline.Drain(sessions);
        return (ev, sessions.ToImmutable());
    }

    /// <summary>Reads the sessions of <paramref name="source"/>, each as soon as the line after it has been read.</summary>
    /// <param name="source">The lines, read as the sessions are enumerated.</param>
    /// <returns>The sessions, in order; <see cref="Event"/> is set once the first is given, or at the end.</returns>
    public IEnumerable<Session> Read(IEnumerable<SourceLine> source)
    {
        foreach (var line in source)
        {
            Feed(line);
            while (_ready.Count > 0)
            {
                yield return _ready.Dequeue();
            }
        }

        Complete();
        while (_ready.Count > 0)
        {
            yield return _ready.Dequeue();
        }
    }

    // The work for a line is a call of its own, not a loop's body: a whole parse runs its loop in one call, which
    // the runtime would leave less optimized than a method called for every line.
    private void Feed(SourceLine sourceLine)
    {
        var line = _reader.Read(sourceLine, _diagnostics);
        _order.Check(line);
        if (_assembler is not null)
        {
            _assembler.Add(line);
            return;
        }

        // The event's lines come first; hold them until a line that cannot belong to the header.
        _header.Add(line);
        if (!_watch.MayContinueWith(line))
        {
            _assembler = Begin();
        }
    }

    private Event Complete()
    {
        (_assembler ?? Begin()).Complete();
        return Event!;
    }

    private void Drain(ImmutableArray<Session>.Builder sessions)
    {
        while (_ready.Count > 0)
        {
            sessions.Add(_ready.Dequeue());
        }
    }

    private SessionAssembler Begin()
    {
        var lines = _header.ToImmutableArray();
        Event = EventReader.Read(lines, _options, _diagnostics, out int first);
        var assembler = new SessionAssembler(Event, _diagnostics, _ready, _texts);
        for (int i = first; i < lines.Length; i++)
        {
            assembler.Add(lines[i]);
        }

        _header.Clear();
        return assembler;
    }
}
