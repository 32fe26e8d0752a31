using System;

namespace ConfLog.Text;

/// <summary>
/// One physical line of the input, kept exactly: its text and the line ending that closed it.
/// </summary>
/// <remarks>
/// A line cut from a text stays a place in it until its <see cref="Text"/> is asked for, and the line grammar reads it
/// there: a parse copies out only the lines someone reads as strings. Two lines are equal when their numbers, offsets,
/// texts and endings are.
/// </remarks>
public sealed record SourceLine
{
    // Where the line's characters are: the whole input for a line cut from it, the line's own text otherwise.
    private readonly string _source;
    private readonly int _start;
    private readonly int _length;
    private string? _text;

    /// <summary>Initializes a line.</summary>
    /// <param name="Number">The 1-based line number.</param>
    /// <param name="Offset">The 0-based index of the line's first character in the whole text.</param>
    /// <param name="Text">The line without its ending.</param>
    /// <param name="Ending">The line ending as written: <c>"\n"</c>, <c>"\r\n"</c>, <c>"\r"</c>, or empty on the last line.</param>
    public SourceLine(int Number, int Offset, string Text, string Ending)
    {
        this.Number = Number;
        this.Offset = Offset;
        this.Ending = Ending;
        _source = _text = Guard.NotNull(Text, nameof(Text));
        _length = Text.Length;
    }

    // A line of the whole text, from its offset: its string is made when first read.
    internal SourceLine(int number, string text, int offset, int length, string ending)
    {
        Number = number;
        Offset = offset;
        Ending = ending;
        _source = text;
        _start = offset;
        _length = length;
    }

    /// <summary>Gets the 1-based line number.</summary>
    public int Number { get; init; }

    /// <summary>Gets the 0-based index of the line's first character in the whole text.</summary>
    public int Offset { get; init; }

    /// <summary>Gets the line without its ending.</summary>
    public string Text
    {
        get => _text ??= _source.Substring(_start, _length);
        init
        {
            _source = _text = Guard.NotNull(value, nameof(value));
            _start = 0;
            _length = value.Length;
        }
    }

    /// <summary>Gets the line ending as written: <c>"\n"</c>, <c>"\r\n"</c>, <c>"\r"</c>, or empty on the last line.</summary>
    public string Ending { get; init; }

    /// <summary>Gets the span of the line's text, without its ending.</summary>
    public SourceSpan Span => new(Offset, _length, Number, 1);

    /// <summary>Gets the line where it stands, for the line grammar: nothing is copied.</summary>
    internal LineText Line => new(_source, _start, _length);

    /// <summary>Gets the span of a part of the line.</summary>
    /// <param name="index">The 0-based index of the part in <see cref="Text"/>.</param>
    /// <param name="length">The number of characters in the part.</param>
    /// <returns>The span of that part in the whole text.</returns>
    public SourceSpan SpanOf(int index, int length) => new(Offset + index, length, Number, index + 1);

    /// <summary>Deconstructs the line.</summary>
    /// <param name="Number">The 1-based line number.</param>
    /// <param name="Offset">The 0-based index of the line's first character in the whole text.</param>
    /// <param name="Text">The line without its ending.</param>
    /// <param name="Ending">The line ending as written.</param>
    public void Deconstruct(out int Number, out int Offset, out string Text, out string Ending)
    {
        Number = this.Number;
        Offset = this.Offset;
        Text = this.Text;
        Ending = this.Ending;
    }

    /// <inheritdoc/>
    public bool Equals(SourceLine? other) =>
        other is not null && Number == other.Number && Offset == other.Offset && Ending == other.Ending
        && Line.AsSpan().SequenceEqual(other.Line.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = (Number * 397) ^ Offset;
        foreach (char c in Line.AsSpan())
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
