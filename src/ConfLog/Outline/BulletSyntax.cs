using System.Linq;
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
         from text in Parse.AnyChar.Many().Text()
         select text.Trim()).Named("list item");

    /// <summary>
    /// <see cref="Item"/>, tried only when the first character can open an item, so that the many lines that cannot cost
    /// one comparison and no parse.
    /// </summary>
    public static IResult<string> TryItem(string content) =>
        content.Length > 0 && (content[0] is '*' or '-' or '+' or '•' or '・' or '#' || char.IsDigit(content[0]))
            ? Item.TryParse(content)
            : NotAnItem;

    private static readonly IResult<string> NotAnItem = Parse.Return("").Then(_ => Parse.Char('\0')).Select(c => "").TryParse("");

    /// <summary>Hiki's items, whose depth is the number of glyphs: <c>** sub-item</c> is at depth 1.</summary>
    public static readonly Parser<(int Depth, string Text)> HikiItem =
        (from marks in Parse.Char('*').Or(Parse.Char('#')).AtLeastOnce().Select(m => m.Count())
         from space in Parse.Char(' ').AtLeastOnce()
         from text in Parse.AnyChar.Many().Text()
         select (marks - 1, text.Trim())).Named("Hiki list item");
}
