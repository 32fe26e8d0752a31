using System;
using Sprache;

namespace ConfLog.Lines;

/// <summary>
/// One alternative of <see cref="TextRuns.Dispatch{T}(string, DispatchCase{T}[])"/>: a parser, the characters the text
/// it reads can start with (after any white space), and an optional finer test, so that a line is given only to the
/// parsers that can read it.
/// </summary>
/// <typeparam name="T">What the parser returns.</typeparam>
public sealed class DispatchCase<T>
{
    /// <summary>Creates an alternative.</summary>
    /// <param name="parser">The parser, run on the input as given (white space included).</param>
    /// <param name="firstCharacters">
    /// Every character the first non-blank character must be one of for <paramref name="parser"/> to succeed, or
    /// <see langword="null"/> when it may start with anything (or be blank). A case with characters is never tried on a blank line.
    /// </param>
    /// <param name="condition">
    /// Given the line and the index of its first non-blank character (the line's length when it is blank), whether the
    /// parser can succeed; it must hold whenever the parser succeeds, and may hold when it does not. <see langword="null"/>: always try.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="parser"/> is null.</exception>
    public DispatchCase(Parser<T> parser, string? firstCharacters = null, Func<string, int, bool>? condition = null)
    {
        Parser = Guard.NotNull(parser, nameof(parser));
        FirstCharacters = firstCharacters;
        Condition = condition;
    }

    /// <summary>Gets the parser.</summary>
    public Parser<T> Parser { get; }

    /// <summary>Gets the characters the first non-blank character must be one of, or <see langword="null"/> for any.</summary>
    public string? FirstCharacters { get; }

    /// <summary>Gets the finer test on the line and the index of its first non-blank character, if any.</summary>
    public Func<string, int, bool>? Condition { get; }
}
