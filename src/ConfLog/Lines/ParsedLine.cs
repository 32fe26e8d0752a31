using ConfLog.Text;

namespace ConfLog.Lines;

/// <summary>
/// A line as a parse holds it on its way to the model: where it stands in the input and what the grammar read in it.
/// It is a value, not an object: a parse reads every line once and builds the model from it, and an object per line
/// (a <see cref="LogLine"/>) was a fifth of the bytes a parse of the seed allocated. <see cref="ConferenceLog.Lines"/>
/// makes its <see cref="LogLine"/>s when first asked for.
/// </summary>
internal readonly struct ParsedLine
{
    // Where the line's characters are: the whole input, or the text of the source line it was read from.
    private readonly string _text;
    private readonly int _start;

    /// <summary>Initializes a line.</summary>
    /// <param name="number">The 1-based line number.</param>
    /// <param name="text">The whole input, or the line's own text.</param>
    /// <param name="start">The index of the line's first character in <paramref name="text"/>.</param>
    /// <param name="offset">The index of the line's first character in the whole input.</param>
    /// <param name="length">The number of characters in the line, without its ending.</param>
    /// <param name="ending">The line ending as written.</param>
    /// <param name="syntax">What the line says.</param>
    public ParsedLine(int number, string text, int start, int offset, int length, string ending, LineSyntax syntax)
    {
        Number = number;
        _text = text;
        _start = start;
        Offset = offset;
        Length = length;
        Ending = ending;
        Syntax = syntax;
    }

    /// <summary>Gets what the line says; a reading laid over the grammar's replaces it (<c>line with { Syntax = read }</c>).</summary>
    public LineSyntax Syntax { get; init; }

    /// <summary>Gets the 1-based line number.</summary>
    public int Number { get; }

    /// <summary>Gets the index of the line's first character in the whole input.</summary>
    public int Offset { get; }

    /// <summary>Gets the number of characters in the line, without its ending.</summary>
    public int Length { get; }

    /// <summary>Gets the line ending as written.</summary>
    public string Ending { get; }

    /// <summary>Gets the span of the line's text, without its ending, as <see cref="SourceLine.Span"/> gives it.</summary>
    public SourceSpan Span => new(Offset, Length, Number, 1);

    /// <summary>Gets the line where it stands: nothing is copied.</summary>
    public LineText Line => new(_text, _start, Length);

    /// <summary>Gets the line's text as a new string: the rare readers that need one ask once and keep it.</summary>
    public string Text => Line.ToString();

    /// <summary>Gets the span of a part the grammar found in this line.</summary>
    public SourceSpan SpanOf(LinePart part) => SpanOf(part.Index, part.Length);

    /// <summary>Gets the span of a part of the line, as <see cref="SourceLine.SpanOf"/> gives it.</summary>
    public SourceSpan SpanOf(int index, int length) => new(Offset + index, length, Number, index + 1);

    /// <summary>Gets the line as the public model's object.</summary>
    /// <remarks>A line of the whole input stays where it stands; a line read from a string of its own keeps that string.</remarks>
    public LogLine ToLogLine() =>
        _start == Offset ? new(Number, _text, Offset, Length, Ending, Syntax) : new(new SourceLine(Number, Offset, Line.ToString(), Ending), Syntax);
}
