using ConfLog.Lines;
using Sprache;

namespace ConfLog.Outline;

/// <summary>
/// What is left of a line, taken in one step. <c>Parse.AnyChar.Many()</c> would read it a character at a time, making an
/// input and a result for each: the markup detector tries the org heading on every <c>* bullet</c> of a Markdown file.
/// </summary>
internal static class RestOfText
{
    /// <summary>All that is left, possibly nothing; never fails. After <c>** </c> in <c>** Keynote</c>: <c>Keynote</c>.</summary>
    public static readonly Parser<string> Any = TextRuns.RestOfLine.Select(part => part.Text).Named("rest of line");

    /// <summary>All that is left, at least one character: fails at the end of the line.</summary>
    public static readonly Parser<string> NonEmpty = TextRuns.RunUntil((_, _) => false, "text").Select(part => part.Text).Named("text");
}
