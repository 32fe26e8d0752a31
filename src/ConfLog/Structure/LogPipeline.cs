using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// The whole pipeline, a line at a time: each line is read by the grammar, checked, and handed to the
/// assembler, which writes each session down as soon as it is complete. Parse and Stream both run it, so what the
/// grammar read in a line dies young instead of being held, and promoted, for the length of a large parse.
/// </summary>
internal static class LogPipeline
{
    /// <summary>Reads the sessions of <paramref name="source"/>.</summary>
    /// <param name="source">The lines.</param>
    /// <param name="options">How to read them.</param>
    /// <param name="diagnostics">Receives what could not be understood, in the order found.</param>
    /// <param name="onEvent">Receives the event, once its header is read.</param>
    /// <param name="texts">Where the model's texts point.</param>
    /// <param name="whole">
    /// True to make every session's records at the end, together (see <see cref="Blueprint"/>); false to make each
    /// session's as soon as it is complete, for a stream.
    /// </param>
    /// <returns>The sessions, in order.</returns>
    public static IEnumerable<Session> Read(IEnumerable<SourceLine> source, ConfLogOptions options, List<Diagnostic> diagnostics, Action<Event> onEvent, TextSource texts, bool whole)
    {
        // The work for a line is a call of its own, not this loop's body: a whole parse runs this loop in one call of
        // the iterator, which the runtime would leave less optimized than a method called for every line.
        var run = new Run(options, diagnostics, onEvent, texts, whole);
        foreach (var sourceLine in source)
        {
            run.Feed(sourceLine);
            while (run.Ready.Count > 0)
            {
                yield return run.Ready.Dequeue();
            }
        }

        run.Complete();
        while (run.Ready.Count > 0)
        {
            yield return run.Ready.Dequeue();
        }
    }

    private sealed class Run
    {
        private readonly ConfLogOptions _options;
        private readonly List<Diagnostic> _diagnostics;
        private readonly Action<Event> _onEvent;
        private readonly TextSource _texts;
        private readonly bool _whole;
        private readonly LineReader _reader;
        private readonly Blueprint _blueprint = new();
        private readonly TimeOrder _order;
        private readonly List<LogLine> _header = new();
        private readonly EventReader.HeaderWatch _watch = new();
        private SessionAssembler? _assembler;

        public Run(ConfLogOptions options, List<Diagnostic> diagnostics, Action<Event> onEvent, TextSource texts, bool whole)
        {
            _options = options;
            _diagnostics = diagnostics;
            _onEvent = onEvent;
            _texts = texts;
            _whole = whole;
            _reader = new LineReader(options);
            _order = new TimeOrder(diagnostics);
        }

        public Queue<Session> Ready { get; } = new();

        public void Feed(SourceLine sourceLine)
        {
            var line = _reader.Read(sourceLine, _diagnostics);
            _order.Check(line);
            if (_assembler is null)
            {
                // The event's lines come first; hold them until a line that cannot belong to the header.
                _header.Add(line);
                if (_watch.MayContinueWith(line))
                {
                    return;
                }

                _assembler = Begin();
            }
            else
            {
                _assembler.Add(line);
            }

            if (!_whole && _blueprint.SessionCount > 0)
            {
                _blueprint.Build(Ready.Enqueue);
            }
        }

        public void Complete()
        {
            (_assembler ?? Begin()).Complete();
            _blueprint.Build(Ready.Enqueue);
        }

        private SessionAssembler Begin()
        {
            var lines = _header.ToImmutableArray();
            var ev = EventReader.Read(lines, _options, _diagnostics, out int first);
            _onEvent(ev);
            var assembler = new SessionAssembler(ev, _diagnostics, _blueprint, _texts);
            for (int i = first; i < lines.Length; i++)
            {
                assembler.Add(lines[i]);
            }

            _header.Clear();
            return assembler;
        }
    }
}
