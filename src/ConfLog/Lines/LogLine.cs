using System;
using System.Diagnostics.CodeAnalysis;
using ConfLog.Text;

namespace ConfLog.Lines;

/// <summary>A line of the input and what the line grammar read in it.</summary>
/// <remarks>
/// A line read by a parse is one object: its number, its place in the input and its ending are kept here, and its
/// <see cref="Source"/> is made when first asked for. Two lines are equal when their sources and syntaxes are.
/// </remarks>
public sealed record LogLine
{
    // Where the line's characters are: the whole input, or the text of the source line it was made with.
    private readonly string _text;
    private readonly int _start;
    private SourceLine? _source;

    /// <summary>Initializes a line.</summary>
    /// <param name="Source">The line exactly as written.</param>
    /// <param name="Syntax">What the line says.</param>
    public LogLine(SourceLine Source, LineSyntax Syntax)
    {
        this.Syntax = Guard.NotNull(Syntax, nameof(Syntax));
        this.Source = Source;
    }

    // A line of the whole input, read where it stands (ParsedLine.ToLogLine): its source line is made only if someone asks for it.
    internal LogLine(int number, string text, int offset, int length, string ending, LineSyntax syntax)
    {
        Syntax = syntax;
        _text = text;
        _start = offset;
        Length = length;
        Number = number;
        Offset = offset;
        Ending = ending;
    }

    /// <summary>Gets the line exactly as written.</summary>
    public SourceLine Source
    {
        get => _source ??= new SourceLine(Number, _text, _start, Length, Ending);
        [MemberNotNull(nameof(_text), nameof(Ending))]
        init
        {
            var line = Guard.NotNull(value, nameof(value)).Line;
            _source = value;
            _text = line.Text;
            _start = line.Offset;
            Length = line.Length;
            Number = value.Number;
            Offset = value.Offset;
            Ending = value.Ending;
        }
    }

    /// <summary>Gets what the line says.</summary>
    public LineSyntax Syntax { get; init; }

    /// <summary>Gets the 1-based line number (the source's).</summary>
    internal int Number { get; private init; }

    /// <summary>Gets the index of the line's first character in the whole text (the source's).</summary>
    internal int Offset { get; private init; }

    /// <summary>Gets the number of characters in the line, without its ending.</summary>
    internal int Length { get; private init; }

    /// <summary>Gets the line ending as written (the source's).</summary>
    internal string Ending { get; private init; }

    /// <summary>Gets the line where it stands: nothing is copied.</summary>
    internal LineText Line => new(_text, _start, Length);

    /// <summary>Gets the span of a part of this line.</summary>
    /// <param name="part">A part the grammar found in this line.</param>
    /// <returns>Where the part stands in the whole text.</returns>
    public SourceSpan SpanOf(LinePart part) => SpanOf(part.Index, part.Length);

    /// <summary>Gets the span of a part of the line, as <see cref="SourceLine.SpanOf"/> gives it.</summary>
    internal SourceSpan SpanOf(int index, int length) => new(Offset + index, length, Number, index + 1);

    /// <summary>Deconstructs the line.</summary>
    /// <param name="Source">The line exactly as written.</param>
    /// <param name="Syntax">What the line says.</param>
    public void Deconstruct(out SourceLine Source, out LineSyntax Syntax)
    {
        Source = this.Source;
        Syntax = this.Syntax;
    }

    /// <inheritdoc/>
    public bool Equals(LogLine? other) =>
        other is not null && Number == other.Number && Offset == other.Offset && Ending == other.Ending
        && Line.AsSpan().SequenceEqual(other.Line.AsSpan()) && Syntax.Equals(other.Syntax);

    /// <inheritdoc/>
    public override int GetHashCode() => (Number * 397) ^ Offset ^ Syntax.GetHashCode();
}
