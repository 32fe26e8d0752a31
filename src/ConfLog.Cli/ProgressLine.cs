using System;
using System.Diagnostics;
using System.IO;

namespace ConfLog.Cli;

/// <summary>
/// A one-line counter redrawn in place on a terminal (<c>checking 120/480 files</c>). Off, it writes nothing,
/// so redirected error output and tests stay quiet. Safe to advance from several threads.
/// </summary>
internal sealed class ProgressLine
{
    // A handful of files are read before a progress line could even be seen.
    public const int MinimumFiles = 20;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly int _total;
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private int _done;
    private int _shownLength;
    private TimeSpan _lastDrawn = -Interval;

    public ProgressLine(TextWriter error, int total, bool enabled)
    {
        _error = error;
        _total = total;
        _enabled = enabled && total >= MinimumFiles;
    }

    public void Advance()
    {
        if (!_enabled)
        {
            return;
        }

        lock (_gate)
        {
            _done++;
            if (_clock.Elapsed - _lastDrawn < Interval && _done < _total)
            {
                return;
            }

            _lastDrawn = _clock.Elapsed;
            string text = $"checking {_done}/{_total} files";
            _error.Write("\r" + text);
            _error.Flush();
            _shownLength = text.Length;
        }
    }

    /// <summary>Erases the line, so results printed next do not land after it.</summary>
    public void Clear()
    {
        if (!_enabled)
        {
            return;
        }

        lock (_gate)
        {
            if (_shownLength > 0)
            {
                _error.Write("\r" + new string(' ', _shownLength) + "\r");
                _error.Flush();
                _shownLength = 0;
            }
        }
    }
}
