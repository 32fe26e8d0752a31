using System.Collections.Generic;
using System.Globalization;
using ConfLog.Diagnostics;
using ConfLog.Lines;

namespace ConfLog.Structure;

/// <summary>Reports timestamps that go back in time: a typo in a stamp shifts every session after it.</summary>
internal sealed class TimeOrder
{
    private readonly List<Diagnostic> _diagnostics;
    private TimestampLine? _previous;
    private int _previousLine;

    public TimeOrder(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    public void Check(in ParsedLine line)
    {
        if (line.Syntax is not TimestampLine stamp)
        {
            return;
        }

        if (_previous is { } before && stamp.Value < before.Value)
        {
            _diagnostics.Add(DiagnosticCodes.TimeGoesBackwards.At(
                line.Span,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "timestamp {0:yyyy-MM-dd HH:mm} is earlier than {1:yyyy-MM-dd HH:mm} on line {2}",
                    stamp.Value,
                    before.Value,
                    _previousLine)));
        }

        _previous = stamp;
        _previousLine = line.Number;
    }
}
