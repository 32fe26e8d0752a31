using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>
/// Escapes text for CommonMark so that it renders as itself, wherever a note, title or prose line puts it: at the start
/// of a paragraph, list item or heading. Every ASCII punctuation character may be escaped with a backslash (CommonMark
/// 2.4), so the escape is always safe; it is used where the character could start or end something: emphasis, code,
/// links, raw HTML, entities, GitHub's tables and strikethrough anywhere; headings, lists, block quotes, thematic breaks
/// and setext underlines at the start. Spaces and tabs at either end, which a paragraph would strip, are written as
/// character references. The URLs in the text stay as written when that is safe, so that they stay links.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Gives <paramref name="text"/> as inline Markdown that renders as itself.</summary>
    public static string Escape(string text) => Escape(text, Array.Empty<Link>());

    /// <summary>Gives <paramref name="text"/> as inline Markdown, the <paramref name="links"/> in it left as written.</summary>
    public static string Escape(string text, IEnumerable<Link> links) => Escape(text, links, heading: false, string.Empty);

    /// <summary>
    /// As <see cref="Escape(string, IEnumerable{Link})"/>, each line after the first (a text the reader joined from
    /// several) starting with <paramref name="continuation"/>, the indent of the item it stands in.
    /// </summary>
    public static string Escape(string text, IEnumerable<Link> links, string continuation) => Escape(text, links, heading: false, continuation);

    /// <summary>
    /// Gives a heading's text: as <see cref="Escape(string)"/>, every <c>#</c> escaped too, since a run of them at the
    /// end would be read as the heading's closing sequence (<c>C# tips ##</c>). A heading is one line: a line break
    /// in it is a character reference, which keeps it in the text.
    /// </summary>
    public static string Heading(string text) => Escape(text, Array.Empty<Link>(), heading: true, string.Empty);

    private static string Escape(string text, IEnumerable<Link> links, bool heading, string continuation)
    {
        var result = new StringBuilder(text.Length + 8);
        int position = 0;
        foreach (var link in links)
        {
            string url = link.Url;
            int found = text.IndexOf(url, position, StringComparison.Ordinal);
            if (found < 0 || !IsSafeVerbatim(text, found, url.Length, OpensLine(text, found)))
            {
                continue;
            }

            AppendEscaped(result, text, position, found, heading, continuation);
            result.Append(url);
            position = found + url.Length;
        }

        AppendEscaped(result, text, position, text.Length, heading, continuation);
        return result.ToString();
    }

    // Linear in the text, however many lines and links it has: each run of spaces and each line start is looked at once.
    private static void AppendEscaped(StringBuilder result, string text, int start, int end, bool heading, string continuation)
    {
        // The first character of the current line after its indent (-1 when this piece starts after a URL, so that
        // line's start is behind it), and where a run of digits there ends (an ordered list's 1. or 2020.).
        int first = start == 0 ? SkipSpaces(text, 0) : -1;
        int afterDigits = AfterDigits(text, first);
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                // A soft line break, then the next line's own start; a line break before a blank line (which would end
                // the paragraph) or in a heading is a reference.
                first = SkipSpaces(text, i + 1);
                afterDigits = AfterDigits(text, first);
                bool blank = first == text.Length || text[first] == '\n';
                result.Append(heading || blank ? "&#10;" : "\n" + continuation);
                continue;
            }

            if (c == '\r')
            {
                result.Append("&#13;");
                continue;
            }

            if (IsEdgeSpace(c))
            {
                // A paragraph or heading strips the spaces and tabs at the start and end of its lines (and four of them
                // would make code); there they are references, which are kept.
                int after = SkipSpaces(text, i);
                bool edge = i == 0 || text[i - 1] == '\n' || after == text.Length || text[after] == '\n';
                for (; i < after; i++)
                {
                    if (edge)
                    {
                        result.Append("&#").Append(((int)text[i]).ToString(CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        result.Append(text[i]);
                    }
                }

                i--;
                continue;
            }

            if (NeedsEscape(text, i, first, heading) || (i == afterDigits && c is '.' or ')'))
            {
                result.Append('\\');
            }

            result.Append(c);
        }
    }

    // Whether only spaces and tabs stand between the line's start and index.
    private static bool OpensLine(string text, int index)
    {
        int i = index - 1;
        while (i >= 0 && IsEdgeSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] == '\n';
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsEdgeSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int AfterDigits(string text, int first)
    {
        if (first < 0)
        {
            return -1;
        }

        int i = first;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i > first ? i : -1;
    }

    private static bool NeedsEscape(string text, int i, int first, bool heading)
    {
        char c = text[i];
        switch (c)
        {
            // Emphasis, code spans, links, autolinks and raw HTML, escapes; GitHub's table cells and strikethrough.
            case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~':
                return true;

            // A character reference (&copy; &#169;) only begins with a letter, a digit or '#' after the ampersand.
            case '&':
                return i + 1 < text.Length && (IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '#');

            // An ATX heading; in a heading, its closing sequence.
            case '#':
                return heading || i == first;

            // A bullet list, a thematic break (--- ***), a setext underline (===) at the start of a line.
            case '-' or '+' or '=':
                return i == first;
            default:
                return false;
        }
    }

    // A URL is written unescaped only when nothing in it could be markup: an '_' between letters or digits cannot open
    // or close emphasis, so example.com/x_y stays as typed; anything else is escaped like the rest of the text.
    private static bool IsSafeVerbatim(string text, int start, int length, bool opensLine)
    {
        // At the start, only a scheme's letter is sure not to open a block (1.2.3.4/x would be a list item).
        if (length == 0 || (opensLine && !char.IsLetter(text[start])))
        {
            return false;
        }

        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c is '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|' or '~' or '&')
            {
                return false;
            }

            if (c == '_' && !(i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    // What CommonMark strips at the ends of a paragraph's lines, and indents by.
    private static bool IsEdgeSpace(char c) => c is ' ' or '\t';
}
