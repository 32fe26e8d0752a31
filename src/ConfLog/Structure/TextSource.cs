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
    private bool? _clean;
    private int _nextLink = -1;
    private int _linksSearchedFrom = int.MaxValue;

    /// <summary>Initializes a source that points into <paramref name="whole"/>, or keeps the lines' strings when it is null.</summary>
    /// <param name="whole">The whole input, whose lines' offsets are offsets into it.</param>
    public TextSource(string? whole) => _whole = whole;

    /// <summary>
    /// Gets whether the whole input is known to hold no character its lines would be reported for (see
    /// <see cref="LineReader.HoldsNoControlCharacter"/>): searched once, on first use; false for a stream's lines.
    /// </summary>
    public bool IsClean => _clean ??= _whole is not null && LineReader.HoldsNoControlCharacter(_whole);

    /// <summary>
    /// Gets whether <paramref name="line"/> may hold a URL: whether the whole input has an <c>http</c> in it. The next
    /// <c>http</c> is searched for once per occurrence, not once per line, since lines come in order; a line read out
    /// of order (a second reading of the text) searches again from itself. A stream's lines always may.
    /// </summary>
    /// <param name="line">A line of the input.</param>
    /// <returns>False when the line certainly holds no URL.</returns>
    public bool MayHoldLink(in ParsedLine line)
    {
        if (_whole is null)
        {
            return true;
        }

        int start = line.Offset;
        if (start < _linksSearchedFrom || (_nextLink >= 0 && _nextLink < start))
        {
            _nextLink = _whole.IndexOf("http", start, System.StringComparison.Ordinal);
            _linksSearchedFrom = start;
        }

        return _nextLink >= 0 && _nextLink < start + line.Length;
    }

    /// <summary>Gets the text of a part of a line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="part">The part the grammar read in it.</param>
    /// <returns>The part's text.</returns>
    public TextSlice Of(in ParsedLine line, LinePart part) =>
        _whole is null ? new TextSlice(part.Text) : new TextSlice(_whole, line.Offset + part.Index, part.Length);
}
