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
        var reader = new LineReader(options);
        var blueprint = new Blueprint();
        var ready = new Queue<Session>();
        var order = new TimeOrder(diagnostics);
        SessionAssembler? assembler = null;
        var header = new List<LogLine>();
        var watch = new EventReader.HeaderWatch();
        foreach (var sourceLine in source)
        {
            var line = reader.Read(sourceLine, diagnostics);
            order.Check(line);
            if (assembler is null)
            {
                // The event's lines come first; hold them until a line that cannot belong to the header.
                header.Add(line);
                if (watch.MayContinueWith(line))
                {
                    continue;
                }

                assembler = Begin(header, options, diagnostics, blueprint, onEvent, texts);
            }
            else
            {
                assembler.Add(line);
            }

            if (!whole && blueprint.SessionCount > 0)
            {
                blueprint.Build(ready.Enqueue);
            }

            while (ready.Count > 0)
            {
                yield return ready.Dequeue();
            }
        }

        (assembler ?? Begin(header, options, diagnostics, blueprint, onEvent, texts)).Complete();
        blueprint.Build(ready.Enqueue);
        while (ready.Count > 0)
        {
            yield return ready.Dequeue();
        }
    }

    private static SessionAssembler Begin(List<LogLine> header, ConfLogOptions options, List<Diagnostic> diagnostics, Blueprint blueprint, Action<Event> onEvent, TextSource texts)
    {
        var lines = header.ToImmutableArray();
        var ev = EventReader.Read(lines, options, diagnostics, out int first);
        onEvent(ev);
        var assembler = new SessionAssembler(ev, diagnostics, blueprint, texts);
        for (int i = first; i < lines.Length; i++)
        {
            assembler.Add(lines[i]);
        }

        header.Clear();
        return assembler;
    }
}
