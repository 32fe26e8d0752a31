namespace ConfLog.Text;

/// <summary>
/// One physical line of the input, kept exactly: its text and the line ending that closed it.
/// </summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Offset">The 0-based index of the line's first character in the whole text.</param>
/// <param name="Text">The line without its ending.</param>
/// <param name="Ending">The line ending as written: <c>"\n"</c>, <c>"\r\n"</c>, <c>"\r"</c>, or empty on the last line.</param>
public sealed record SourceLine(int Number, int Offset, string Text, string Ending)
{
    /// <summary>Gets the span of the line's text, without its ending.</summary>
    public SourceSpan Span => new(Offset, Text.Length, Number, 1);

    /// <summary>Gets the span of a part of the line.</summary>
    /// <param name="index">The 0-based index of the part in <see cref="Text"/>.</param>
    /// <param name="length">The number of characters in the part.</param>
    /// <returns>The span of that part in the whole text.</returns>
    public SourceSpan SpanOf(int index, int length) => new(Offset + index, length, Number, index + 1);
}
