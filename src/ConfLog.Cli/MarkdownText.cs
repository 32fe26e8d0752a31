using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConfLog.Model;

namespace ConfLog.Cli;

/// <summary>Escapes note text for Markdown, leaving the URLs in it as written so they stay links.</summary>
internal static class MarkdownText
{
    // The characters that would start emphasis, code, a link, raw HTML or an escape in running text.
    private const string Special = "\\`*_[]<>";

    public static string Escape(string text, IEnumerable<Link> links)
    {
        var result = new StringBuilder(text.Length + 8);
        int position = 0;
        foreach (string url in links.Select(link => link.Url))
        {
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
            if (Special.Contains(text[i], StringComparison.Ordinal) || (i == 0 && text[i] == '#'))
            {
                result.Append('\\');
            }

            result.Append(text[i]);
        }
    }
}
