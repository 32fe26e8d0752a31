using System.Linq;
using Sprache;

namespace ConfLog.Outline;

/// <summary>Headings marked by a run of one character at the start of the line, in org-mode, Hiki and RD.</summary>
internal static class MarkedHeadingSyntax
{
    /// <summary>An org-mode heading: <c>* Day 1</c>, <c>** Title</c>; the stars must be followed by a space.</summary>
    public static readonly Parser<(int Level, string Text)> Org = Marked('*', 8, spaceRequired: true).Named("org heading");

    /// <summary>A Hiki heading: <c>! Title</c>, <c>!! June 4</c>, <c>!!!Title</c> (the space is optional).</summary>
    public static readonly Parser<(int Level, string Text)> Hiki = Marked('!', 5, spaceRequired: false).Named("Hiki heading");

    /// <summary>An RD heading: <c>= Title</c> … <c>==== Title</c>.</summary>
    public static readonly Parser<(int Level, string Text)> Rd = Marked('=', 4, spaceRequired: true).Named("RD heading");

    private static Parser<(int Level, string Text)> Marked(char mark, int deepest, bool spaceRequired) =>
        from marks in Parse.Char(mark).AtLeastOnce().Select(m => m.Count()).Where(n => n <= deepest)
        from space in spaceRequired ? Parse.Char(' ').AtLeastOnce().Text() : Parse.Char(' ').Many().Text()
        from text in RestOfText.NonEmpty
        where text.Trim().Length > 0
        select (marks, text.Trim());
}
