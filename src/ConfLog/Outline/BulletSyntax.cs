using System.Linq;
using ConfLog.Lines;
using Sprache;

namespace ConfLog.Outline;

/// <summary>List items: a bullet glyph or an enumerator, then the item's text (possibly empty).</summary>
internal static class BulletSyntax
{
    /// <summary>A bullet glyph and the space after it: <c>* </c>, <c>- </c>, <c>+ </c>, <c>・</c>, <c>• </c>.</summary>
    private static readonly Parser<string> Glyph =
        (from glyph in Parse.Chars("*-+•")
         from space in Parse.Chars(" \t").AtLeastOnce().Return(" ").Or(Parse.LineEnd.Or(Parse.Return("")).End().Return(" "))
         select glyph.ToString())
        .Or(Parse.Char('・').Once().Text())
        .Named("bullet glyph");

    /// <summary>An enumerator and the space after it: <c>1. </c>, <c>2) </c>, RST's <c>#. </c>.</summary>
    private static readonly Parser<string> Enumerator =
        (from number in Parse.Digit.AtLeastOnce().Text().Where(n => n.Length <= 3).Or(Parse.String("#").Text())
         from close in Parse.Chars(".)")
         from space in Parse.Chars(" \t").AtLeastOnce()
         select number + close).Named("enumerator");

    /// <summary>The item's text after the indentation: <c>* Dana Whitfield</c> gives <c>Dana Whitfield</c>; <c>*</c> alone an empty item.</summary>
    public static readonly Parser<string> Item =
        (from mark in Glyph.Or(Enumerator)
         from text in RestOfText.Any
         select text.Trim()).Named("list item");

    /// <summary>
    /// <see cref="Item"/>, tried only when the first character can open an item, so that the many lines that cannot cost
    /// one comparison and no parse.
    /// </summary>
    public static IResult<string> TryItem(string content) =>
        content.Length > 0 && (content[0] is '*' or '-' or '+' or '•' or '・' or '#' || char.IsDigit(content[0]))
            ? Item.ReadLine(content)
            : NotAnItem;

    /// <summary>
    /// <see cref="Item"/> read in one pass with no parser: the item's text, or null when <paramref name="content"/> is no
    /// item. Every outline line goes through this, so it must cost a few comparisons; the Sprache parser stays the
    /// definition, and a differential test holds the two together.
    /// </summary>
    public static string? ReadItem(string content)
    {
        if (content.Length == 0)
        {
            return null;
        }

        char c = content[0];
        int at;
        if (c == '・')
        {
            at = 1;
        }
        else if (c is '*' or '-' or '+' or '•')
        {
            at = 1;
            int spaces = SpacesAt(content, at);
            if (spaces > 0)
            {
                at += spaces;
            }
            else if (!(at == content.Length || (content.Length - at == 1 && content[at] == '\n')
                || (content.Length - at == 2 && content[at] == '\r' && content[at + 1] == '\n')))
            {
                return null; // "**bold**", "-1": a glyph must stand alone or before a space
            }
        }
        else
        {
            int digits = 0;
            while (digits < content.Length && char.IsDigit(content[digits]))
            {
                digits++;
            }

            if (digits > 3 || (digits == 0 && c != '#'))
            {
                return null;
            }

            at = digits == 0 ? 1 : digits;
            if (at >= content.Length || (content[at] != '.' && content[at] != ')'))
            {
                return null;
            }

            int spaces = SpacesAt(content, at + 1);
            if (spaces == 0)
            {
                return null;
            }

            at += 1 + spaces;
        }

        return at >= content.Length ? "" : content.Substring(at).Trim();
    }

    private static int SpacesAt(string text, int at)
    {
        int n = 0;
        while (at + n < text.Length && (text[at + n] == ' ' || text[at + n] == '\t'))
        {
            n++;
        }

        return n;
    }

    private static readonly IResult<string> NotAnItem = Parse.Return("").Then(_ => Parse.Char('\0')).Select(c => "").TryParse("");

    /// <summary>The glyphs that open a Hiki item and the spaces after them, giving the glyphs' count: <c>** </c> in <c>** sub-item</c>.</summary>
    public static readonly Parser<int> HikiMarks =
        (from marks in Parse.Char('*').Or(Parse.Char('#')).AtLeastOnce().Select(m => m.Count())
         from space in Parse.Char(' ').AtLeastOnce()
         select marks).Named("Hiki list marks");

    /// <summary>Hiki's items, whose depth is the number of glyphs: <c>** sub-item</c> is at depth 1.</summary>
    public static readonly Parser<(int Depth, string Text)> HikiItem =
        (from marks in HikiMarks
         from text in RestOfText.Any
         select (marks - 1, text.Trim())).Named("Hiki list item");
}
