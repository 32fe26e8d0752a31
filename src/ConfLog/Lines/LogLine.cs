using ConfLog.Text;

namespace ConfLog.Lines;

/// <summary>A line of the input and what the line grammar read in it.</summary>
/// <param name="Source">The line exactly as written.</param>
/// <param name="Syntax">What the line says.</param>
public sealed record LogLine(SourceLine Source, LineSyntax Syntax)
{
    /// <summary>Gets the span of a part of this line.</summary>
    /// <param name="part">A part the grammar found in this line.</param>
    /// <returns>Where the part stands in the whole text.</returns>
    public SourceSpan SpanOf(LinePart part) => Source.SpanOf(part.Index, part.Length);
}
