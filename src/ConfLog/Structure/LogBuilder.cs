using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;

namespace ConfLog.Structure;

/// <summary>Groups a whole log's lines into the event and its sessions.</summary>
internal static class LogBuilder
{
    public static (Event Event, ImmutableArray<Session> Sessions) Build(ImmutableArray<LogLine> lines, ConfLogOptions options, List<Diagnostic> diagnostics)
    {
        var ev = EventReader.Read(lines, options, diagnostics, out int first);
        var sessions = ImmutableArray.CreateBuilder<Session>();
        var assembler = new SessionAssembler(ev, diagnostics, sessions.Add);
        var order = new TimeOrder(diagnostics);
        for (int i = 0; i < lines.Length; i++)
        {
            order.Check(lines[i]);
            if (i >= first)
            {
                assembler.Add(lines[i]);
            }
        }

        assembler.Complete();
        return (ev, sessions.ToImmutable());
    }
}
