using ConfLog.Text;

namespace ConfLog.Lines;

/// <summary>A run of text inside one line and where it starts.</summary>
/// <remarks>
/// A value, not an object: what the grammar reads in a line holds its parts in itself, so reading a line makes no
/// object per part. Two parts are equal when their texts and indexes are.
/// </remarks>
/// <param name="Text">The text, as written.</param>
/// <param name="Index">The 0-based index of its first character in the line.</param>
public readonly record struct LinePart(string Text, int Index)
{
    // A place in the input: the parse of a whole log reads most parts' texts from the input itself (see TextSlice), so
    // copying them out of every line would only make garbage. A part the grammar read copies its text out each time
    // it is asked for: a value has nowhere to keep the copy.
    private readonly TextSlice _text = new(Text);

    private LinePart(TextSlice text, int index)
        : this(string.Empty, index) => _text = text;

    /// <summary>Gets the text, as written (empty in a default part).</summary>
    public string Text { get => _text.Value ?? string.Empty; init => _text = new TextSlice(value); }

    /// <summary>Gets the number of characters in <see cref="Text"/>.</summary>
    public int Length => _text.AsSpan().Length;

    /// <summary>Returns the part without white space at its end.</summary>
    /// <returns>A part at the same index, as long or shorter; its text is this part's own string when nothing is dropped.</returns>
    public LinePart TrimEnd()
    {
        var text = _text.AsSpan();
        int length = text.Length;
        while (length > 0 && TextRuns.IsSpace(text[length - 1]))
        {
            length--;
        }

        return new LinePart(_text.Slice(0, length), Index);
    }

    /// <summary>Returns the part without white space at either end; its index moves past the leading white space.</summary>
    /// <returns>A part as long or shorter; its text is this part's own string when nothing is dropped.</returns>
    public LinePart Trim()
    {
        var text = _text.AsSpan();
        int start = 0;
        while (start < text.Length && TextRuns.IsSpace(text[start]))
        {
            start++;
        }

        return new LinePart(_text.Slice(start, text.Length - start), Index + start).TrimEnd();
    }

    /// <summary>Makes the part of <paramref name="line"/> from <paramref name="index"/>, without copying it out.</summary>
    /// <param name="line">The line, or the start of it, as the grammar read it.</param>
    /// <param name="index">The index of the part's first character.</param>
    /// <param name="length">The number of characters.</param>
    /// <returns>The part.</returns>
    internal static LinePart In(LineText line, int index, int length) => new(new TextSlice(line.Text, line.Offset + index, length), index);
}
