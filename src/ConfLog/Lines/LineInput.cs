using System;
using System.Collections.Generic;
using Sprache;

namespace ConfLog.Lines;

/// <summary>
/// Sprache input over one line. Unlike <see cref="Input"/>, it can jump ahead by many characters
/// in one step, so the run primitives of <see cref="TextRuns"/> consume a whole run of
/// text with one allocation instead of one per character.
/// </summary>
public sealed class LineInput : IInput
{
    private IDictionary<object, object>? _memos;

    /// <summary>Creates an input at <paramref name="position"/> in <paramref name="source"/>.</summary>
    /// <param name="source">The text of one line.</param>
    /// <param name="position">The 0-based index to start reading at.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is outside the text.</exception>
    public LineInput(string source, int position = 0)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        if (position < 0 || position > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "The position must lie within the source text.");
        }

        Position = position;
    }

    /// <inheritdoc/>
    public string Source { get; }

    /// <inheritdoc/>
    public int Position { get; }

    /// <inheritdoc/>
    public char Current => AtEnd ? '\0' : Source[Position];

    /// <inheritdoc/>
    public bool AtEnd => Position >= Source.Length;

    /// <inheritdoc/>
    public int Line => 1;

    /// <inheritdoc/>
    public int Column => Position + 1;

    /// <inheritdoc/>
    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The input is at its end.</exception>
    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("The input is already at the end of the line.");
        }

        return new LineInput(Source, Position + 1);
    }

    /// <summary>Moves ahead by <paramref name="count"/> characters in one step.</summary>
    /// <param name="input">Any Sprache input; a <see cref="LineInput"/> skips in constant time.</param>
    /// <param name="count">How many characters to skip; must not pass the end.</param>
    /// <returns>The input after the skipped characters.</returns>
    public static IInput Skip(IInput input, int count)
    {
        if (input is LineInput line)
        {
            return count == 0 ? line : new LineInput(line.Source, line.Position + count);
        }

        for (int i = 0; i < count; i++)
        {
            input = input.Advance();
        }

        return input;
    }

    /// <inheritdoc/>
    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Source.GetHashCode() * 397) ^ Position;

    /// <summary>Shows the position and the rest of the line, for debugging.</summary>
    /// <returns>For example <c>Column 3: "10:40]"</c>.</returns>
    public override string ToString() => $"Column {Column}: \"{Source.Substring(Position)}\"";
}
