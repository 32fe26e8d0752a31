using ConfLog.Lines;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// Where the texts of the model point. A parse of a whole string points into that string, so a note's text is not
/// copied out of the input and kept twice (see <see cref="TextSlice"/>); a stream, read a line at a time, has no
/// whole string, and keeps the strings the grammar read.
/// </summary>
internal sealed class TextSource
{
    /// <summary>The source of a log read a line at a time.</summary>
    public static readonly TextSource Lines = new(null);

    private readonly string? _whole;

    /// <summary>Initializes a source that points into <paramref name="whole"/>, or keeps the lines' strings when it is null.</summary>
    /// <param name="whole">The whole input, whose lines' offsets are offsets into it.</param>
    public TextSource(string? whole) => _whole = whole;

    /// <summary>Gets the text of a part of a line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="part">The part the grammar read in it.</param>
    /// <returns>The part's text.</returns>
    public TextSlice Of(LogLine line, LinePart part) =>
        _whole is null ? new TextSlice(part.Text) : new TextSlice(_whole, line.Source.Offset + part.Index, part.Length);
}
