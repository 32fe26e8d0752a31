namespace ConfLog.Text;

/// <summary>
/// A range of the source text: where a node or a diagnostic comes from.
/// </summary>
/// <param name="Offset">The 0-based index of the first character in the text given to the parser.</param>
/// <param name="Length">The number of characters covered.</param>
/// <param name="Line">The 1-based line of the first character.</param>
/// <param name="Column">The 1-based column of the first character, counted in UTF-16 code units.</param>
public readonly record struct SourceSpan(int Offset, int Length, int Line, int Column)
{
    /// <summary>Gets the index just past the last character covered.</summary>
    public int End => Offset + Length;

    /// <summary>Tells whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> starts at or after this span and ends at or before it.</returns>
    public bool Covers(SourceSpan other) => other.Offset >= Offset && other.End <= End;

    /// <summary>Returns the span that starts where this one starts and ends where <paramref name="last"/> ends.</summary>
    /// <param name="last">A span that ends at or after this one.</param>
    /// <returns>A span covering both.</returns>
    public SourceSpan Through(SourceSpan last) =>
        this with { Length = System.Math.Max(End, last.End) - Offset };

    /// <summary>Formats the start as <c>(line,col)</c>, the way compilers print positions.</summary>
    /// <returns>The position, for example <c>(23,1)</c>.</returns>
    public override string ToString() => $"({Line},{Column})";
}
