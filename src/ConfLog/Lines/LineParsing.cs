using Sprache;

namespace ConfLog.Lines;

/// <summary>Runs a parser on one line of text as the line grammar does: through <see cref="LineInput"/>.</summary>
internal static class LineParsing
{
    /// <summary>
    /// What <paramref name="parser"/> reads from the start of <paramref name="line"/>, as Sprache's <c>TryParse</c>
    /// gives it, without its cost: Sprache's own input makes a dictionary of memos at every character it advances,
    /// which in the reader of real notes (every heading tried against a dozen forms) was a fifth of all it allocated.
    /// </summary>
    /// <example><c>MarkedHeadingSyntax.Org.ReadLine("** Keynote")</c></example>
    public static IResult<T> ReadLine<T>(this Parser<T> parser, string line) => parser(new LineInput(line));
}
