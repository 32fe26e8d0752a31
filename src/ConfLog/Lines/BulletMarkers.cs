using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Text;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>
/// A dialect's bullet markers as the one-pass readers match them (<see cref="BulletGrammar.BulletMarkerOf"/> is the
/// query they agree with): longest first, a marker counting only where what follows makes it a bullet.
/// </summary>
internal sealed class BulletMarkers
{
    private readonly string[] _markers;

    public BulletMarkers(IEnumerable<string> markers)
    {
        _markers = BulletGrammar.LongestFirst(markers);
        Starts = new string(_markers.Select(m => m[0]).Distinct().ToArray());
    }

    /// <summary>Gets every character a marker starts with, for the dispatch.</summary>
    public string Starts { get; }

    /// <summary>
    /// Finds the marker at <paramref name="at"/>: <c>-</c> needs white space or the end of the line after it and
    /// <c>・</c> (CJK) does not, and a marker followed by its own last character (<c>---</c>, <c>・・・</c>) is a rule.
    /// </summary>
    /// <returns>The marker, or <see langword="null"/>; <paramref name="next"/> is past it and one white space after a marker that is not CJK.</returns>
    public string? Match(LineText line, int at, out int next)
    {
        foreach (string marker in _markers)
        {
            if (!OnePass.StartsWith(line, at, marker))
            {
                continue;
            }

            int after = at + marker.Length;
            char last = marker[marker.Length - 1];
            bool cjk = last >= '\u2E80';
            if (after == line.Length)
            {
                next = after;
                return marker;
            }

            char following = line[after];
            if (following != last && (cjk || IsSpace(following)))
            {
                next = !cjk && IsSpace(following) ? after + 1 : after;
                return marker;
            }
        }

        next = at;
        return null;
    }
}
