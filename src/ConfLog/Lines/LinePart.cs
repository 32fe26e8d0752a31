namespace ConfLog.Lines;

/// <summary>A run of text inside one line and where it starts.</summary>
/// <param name="Text">The text, as written.</param>
/// <param name="Index">The 0-based index of its first character in the line.</param>
public sealed record LinePart(string Text, int Index)
{
    /// <summary>Gets the number of characters in <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>Returns the part without white space at its end.</summary>
    /// <returns>This part, or a shorter one at the same index.</returns>
    public LinePart TrimEnd()
    {
        int length = Text.Length;
        while (length > 0 && TextRuns.IsSpace(Text[length - 1]))
        {
            length--;
        }

        return length == Text.Length ? this : this with { Text = Text.Substring(0, length) };
    }

    /// <summary>Returns the part without white space at either end; its index moves past the leading white space.</summary>
    /// <returns>This part, or a shorter one.</returns>
    public LinePart Trim()
    {
        int start = 0;
        while (start < Text.Length && TextRuns.IsSpace(Text[start]))
        {
            start++;
        }

        return (start == 0 ? this : new LinePart(Text.Substring(start), Index + start)).TrimEnd();
    }
}
