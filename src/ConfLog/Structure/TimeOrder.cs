using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ConfLog.Diagnostics;
using ConfLog.Lines;

namespace ConfLog.Structure;

/// <summary>Reports timestamps that go back in time: a typo in a stamp shifts every session after it.</summary>
internal static class TimeOrder
{
    public static void Check(ImmutableArray<LogLine> lines, List<Diagnostic> diagnostics)
    {
        LogLine? previous = null;
        foreach (var line in lines)
        {
            if (line.Syntax is not TimestampLine stamp)
            {
                continue;
            }

            if (previous is { Syntax: TimestampLine before } && stamp.Value < before.Value)
            {
                diagnostics.Add(DiagnosticCodes.TimeGoesBackwards.At(
                    line.Source.Span,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "timestamp {0:yyyy-MM-dd HH:mm} is earlier than {1:yyyy-MM-dd HH:mm} on line {2}",
                        stamp.Value,
                        before.Value,
                        previous.Source.Number)));
            }

            previous = line;
        }
    }
}
