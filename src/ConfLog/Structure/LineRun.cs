using System.Collections.Generic;
using ConfLog.Lines;

namespace ConfLog.Structure;

/// <summary>
/// Lines that stand together in a session (the lines before its header, or its body), read where the assembler
/// gathered them: a session is made from the list the assembler reuses for every session, not from lists of its own.
/// </summary>
internal readonly struct LineRun
{
    private readonly List<ParsedLine> _lines;
    private readonly int _start;

    /// <summary>Initializes a run of <paramref name="count"/> lines of <paramref name="lines"/> from <paramref name="start"/>.</summary>
    public LineRun(List<ParsedLine> lines, int start, int count)
    {
        _lines = lines;
        _start = start;
        Count = count;
    }

    /// <summary>Gets the number of lines; a default run has none.</summary>
    public int Count { get; }

    /// <summary>Gets the line at <paramref name="index"/> in the run.</summary>
    public ParsedLine this[int index] => _lines[_start + index];
}
