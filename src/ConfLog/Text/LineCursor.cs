namespace ConfLog.Text;

/// <summary>
/// Walks the lines of a whole text without making anything: after each <see cref="MoveNext"/> it says where the line
/// is (<see cref="Number"/>, <see cref="Offset"/>, <see cref="Length"/>) and how it ended. <see cref="SourceText.Cut"/>
/// makes a <see cref="SourceLine"/> of each; a parse reads them in place.
/// </summary>
/// <example>Over <c>"a\r\nbc"</c>: line 1 at 0, one character, ended by <c>"\r\n"</c>; line 2 at 3, two characters, no ending.</example>
internal struct LineCursor
{
    private static readonly char[] LineBreaks = { '\n', '\r' };

    private int _next;

    /// <summary>Initializes a cursor before the first line of <paramref name="text"/>, which starts at <paramref name="start"/>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Where its first line starts: after a byte-order mark, if it has one.</param>
    public LineCursor(string text, int start)
    {
        Text = text;
        _next = start;
        Number = 0;
        Offset = 0;
        Length = 0;
        Ending = string.Empty;
    }

    /// <summary>Gets the whole text.</summary>
    public string Text { get; }

    /// <summary>Gets the 1-based number of the current line.</summary>
    public int Number { get; private set; }

    /// <summary>Gets the index of the current line's first character in <see cref="Text"/>.</summary>
    public int Offset { get; private set; }

    /// <summary>Gets the number of characters in the current line, without its ending.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the current line's ending: <c>"\n"</c>, <c>"\r\n"</c>, <c>"\r"</c>, or empty on a last line without one.</summary>
    public string Ending { get; private set; }

    /// <summary>Moves to the next line.</summary>
    /// <returns>Whether there is one: a text that ends with a line ending has no empty line after it.</returns>
    public bool MoveNext()
    {
        string text = Text;
        int start = _next;
        if (start >= text.Length)
        {
            return false;
        }

        // A vectorized search for the next line break, not a test of every character.
        int i = text.IndexOfAny(LineBreaks, start);
        Number++;
        Offset = start;
        if (i < 0)
        {
            Length = text.Length - start;
            Ending = string.Empty;
            _next = text.Length;
            return true;
        }

        // The three endings are constants: a substring per line would copy one or two characters for nothing.
        bool crlf = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
        Length = i - start;
        Ending = crlf ? "\r\n" : text[i] == '\n' ? "\n" : "\r";
        _next = i + (crlf ? 2 : 1);
        return true;
    }

    /// <summary>Gets the current line as a source line, its text still a place in <see cref="Text"/>.</summary>
    public readonly SourceLine Line => new(Number, Text, Offset, Length, Ending);
}
