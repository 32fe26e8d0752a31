using System;
using System.Collections.Generic;
using System.Text;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>Escapes note text for Markdown, leaving the URLs in it as written so they stay links.</summary>
internal static class MarkdownText
{
    public static string Escape(string text) => Escape(text, Array.Empty<Link>());

    public static string Escape(string text, IEnumerable<Link> links)
    {
        var result = new StringBuilder(text.Length + 8);
        int position = 0;
        foreach (var link in links)
        {
            string url = link.Url;
            int found = text.IndexOf(url, position, StringComparison.Ordinal);
            if (found < 0)
            {
                continue;
            }

            AppendEscaped(result, text, position, found);
            result.Append(url);
            position = found + url.Length;
        }

        AppendEscaped(result, text, position, text.Length);
        return result.ToString();
    }

    private static void AppendEscaped(StringBuilder result, string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            // A '#' opening a line would make a heading, which only happens at the very start.
            if (IsSpecial(text[i]) || (i == 0 && text[i] == '#'))
            {
                result.Append('\\');
            }

            result.Append(text[i]);
        }
    }

    // The characters that would start emphasis, code, a link, raw HTML or an escape in running text.
    private static bool IsSpecial(char c) => c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>';
}
