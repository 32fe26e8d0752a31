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
/// assembler, which gives each session as soon as it is complete. Parse and Stream both run it, so what the grammar
/// read in a line dies young instead of being held, and promoted, for the length of a large parse.
/// </summary>
internal static class LogPipeline
{
    public static IEnumerable<Session> Read(IEnumerable<SourceLine> source, ConfLogOptions options, List<Diagnostic> diagnostics, Action<Event> onEvent, TextSource texts)
    {
        var reader = new LineReader(options);
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

                assembler = Begin(header, options, diagnostics, ready, onEvent, texts);
            }
            else
            {
                assembler.Add(line);
            }

            while (ready.Count > 0)
            {
                yield return ready.Dequeue();
            }
        }

        (assembler ?? Begin(header, options, diagnostics, ready, onEvent, texts)).Complete();
        while (ready.Count > 0)
        {
            yield return ready.Dequeue();
        }
    }

    private static SessionAssembler Begin(List<LogLine> header, ConfLogOptions options, List<Diagnostic> diagnostics, Queue<Session> ready, Action<Event> onEvent, TextSource texts)
    {
        var lines = header.ToImmutableArray();
        var ev = EventReader.Read(lines, options, diagnostics, out int first);
        onEvent(ev);
        var assembler = new SessionAssembler(ev, diagnostics, ready.Enqueue, texts);
        for (int i = first; i < lines.Length; i++)
        {
            assembler.Add(lines[i]);
        }

        header.Clear();
        return assembler;
    }
}
