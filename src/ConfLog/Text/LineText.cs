using System;

namespace ConfLog.Text;

/// <summary>
/// One line read where it stands in its text: <see cref="Length"/> characters from <see cref="Offset"/>, indexed from
/// the line's start as a string of its own would be (<c>line[0]</c> is its first character), without copying it out.
/// </summary>
/// <remarks>
/// A parse reads every line once and keeps few of their texts: the notes' texts are places in the input (see
/// <see cref="TextSlice"/>). Cutting a string out of every line only for the line grammar to read it was a quarter of
/// all a parse of the seed allocated. A string is a line of its own (<see cref="op_Implicit"/>), so the Sprache
/// grammar, which reads strings, and the pipeline, which reads the input in place, share the one-pass readers.
/// </remarks>
internal readonly ref struct LineText
{
    private readonly ReadOnlySpan<char> _line;

    /// <summary>Initializes a line of <paramref name="text"/>.</summary>
    /// <param name="text">The whole text the line stands in.</param>
    /// <param name="offset">The index of the line's first character in it.</param>
    /// <param name="length">The number of characters in the line, without its ending.</param>
    public LineText(string text, int offset, int length)
    {
        Text = text;
        Offset = offset;
        _line = text.AsSpan(offset, length);
    }

    /// <summary>Gets the whole text the line stands in.</summary>
    public string Text { get; }

    /// <summary>Gets the index of the line's first character in <see cref="Text"/>.</summary>
    public int Offset { get; }

    /// <summary>Gets the number of characters in the line.</summary>
    public int Length => _line.Length;

    /// <summary>Gets the character at <paramref name="index"/> from the line's start.</summary>
    /// <param name="index">A 0-based index below <see cref="Length"/>: the readers check it, as they checked a string's length.</param>
    public char this[int index] => _line[index];

    /// <summary>A string as a line of its own, as the Sprache grammar reads it.</summary>
    /// <param name="line">The line.</param>
    public static implicit operator LineText(string line) => new(line, 0, line.Length);

    /// <summary>Gets the line's characters.</summary>
    /// <returns>The span, in place.</returns>
    public ReadOnlySpan<char> AsSpan() => _line;

    /// <summary>Finds the first of <paramref name="chars"/> among <paramref name="count"/> characters from <paramref name="start"/>.</summary>
    /// <returns>Its index from the line's start, or -1.</returns>
    public int IndexOfAny(char[] chars, int start, int count)
    {
        int found = _line.Slice(start, count).IndexOfAny(chars);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>Finds the first of <paramref name="chars"/> from <paramref name="start"/> to the end of the line.</summary>
    /// <returns>Its index from the line's start, or -1.</returns>
    public int IndexOfAny(char[] chars, int start) => IndexOfAny(chars, start, Length - start);

    /// <summary>Tells whether <paramref name="value"/> stands anywhere in the line.</summary>
    public bool Contains(string value) => _line.IndexOf(value.AsSpan()) >= 0;

    /// <summary>The index of the last occurrence of <paramref name="value"/> in the line (compared ordinally), or -1.</summary>
    public int LastIndexOf(string value) => _line.LastIndexOf(value.AsSpan());

    /// <summary>The index of the first <paramref name="c"/> among <paramref name="count"/> characters from <paramref name="start"/>, or -1.</summary>
    public int IndexOf(char c, int start, int count)
    {
        int found = _line.Slice(start, count).IndexOf(c);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>The first <paramref name="length"/> characters of the line, where they stand: indexes in it are indexes in the line.</summary>
    public LineText Prefix(int length) => new(Text, Offset, length);

    /// <summary>Gets the line as a string: the text itself when the line is all of it, a copy otherwise.</summary>
    /// <returns>The line's characters.</returns>
    public override string ToString() => Offset == 0 && Length == Text.Length ? Text : _line.ToString();
}
