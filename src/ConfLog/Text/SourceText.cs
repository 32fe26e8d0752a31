using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConfLog.Text;

/// <summary>
/// The input cut into lines, with nothing dropped: a byte-order mark, every line ending as it
/// was written, and a missing final newline are all kept, so the text can be written back exactly.
/// </summary>
public sealed class SourceText
{
    private const char ByteOrderMark = '\uFEFF';

    // The lines are made on first use and then kept. A parse reads them as they are made, one at a time, so a large
    // log's lines are not all alive, and promoted by every collection, while it is being parsed.
    private readonly System.Lazy<ImmutableArray<SourceLine>> _lines;

    private SourceText(string text, string preamble)
    {
        Text = text;
        Preamble = preamble;
        _lines = new System.Lazy<ImmutableArray<SourceLine>>(CutAll);
    }

    /// <summary>Gets the whole text as given.</summary>
    public string Text { get; }

    /// <summary>Gets the byte-order mark (<c>"\uFEFF"</c>) that opened the text, or an empty string.</summary>
    public string Preamble { get; }

    /// <summary>Gets the lines in order. A text that ends with a line ending has no empty line after it; an empty text has no lines.</summary>
    public ImmutableArray<SourceLine> Lines => _lines.Value;

    /// <summary>Cuts <paramref name="text"/> into lines at <c>\n</c>, <c>\r\n</c> and lone <c>\r</c>.</summary>
    /// <param name="text">Any string; <see langword="null"/> is read as empty.</param>
    /// <returns>The text with its lines.</returns>
    public static SourceText From(string? text)
    {
        text ??= string.Empty;
        return new SourceText(text, text.Length > 0 && text[0] == ByteOrderMark ? "\uFEFF" : string.Empty);
    }

    /// <summary>Cuts the text into lines, making each as it is asked for; nothing is kept, and no line's text is copied out until it is read.</summary>
    internal IEnumerable<SourceLine> Cut()
    {
        var lines = Cursor();
        while (lines.MoveNext())
        {
            yield return lines.Line;
        }
    }

    /// <summary>Gets a cursor before the first line: a parse reads the lines in place, making nothing per line.</summary>
    internal LineCursor Cursor() => new(Text, Preamble.Length);

    private ImmutableArray<SourceLine> CutAll()
    {
        var lines = ImmutableArray.CreateBuilder<SourceLine>(CountLines(Text));
        lines.AddRange(Cut());
        return lines.Count == lines.Capacity ? lines.MoveToImmutable() : lines.ToImmutable();
    }

    // Sized up front from the line feeds (a fast search), so a large text does not grow and copy the array a
    // dozen times; lone carriage returns, rare, just make it grow.
    private static int CountLines(string text)
    {
        int count = 0;
        for (int at = text.IndexOf('\n'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('\n', at + 1) : -1)
        {
            count++;
        }

        return text.Length > 0 && text[text.Length - 1] != '\n' ? count + 1 : count;
    }

    /// <summary>Gets the line that holds the character at <paramref name="offset"/>.</summary>
    /// <param name="offset">A 0-based index into <see cref="Text"/>.</param>
    /// <returns>The line, found by binary search.</returns>
    /// <exception cref="System.InvalidOperationException">The text has no lines.</exception>
    public SourceLine LineAt(int offset)
    {
        if (Lines.IsEmpty)
        {
            throw new System.InvalidOperationException("The text has no lines.");
        }

        int lo = 0, hi = Lines.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Lines[mid].Offset <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Lines[lo];
    }

    internal IEnumerable<string> Pieces()
    {
        yield return Preamble;
        foreach (var line in Cut())
        {
            yield return line.Text;
            yield return line.Ending;
        }
    }
}
