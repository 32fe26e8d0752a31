using System;
using System.Collections.Generic;
using System.Globalization;
using ConfLog.Lines;
using ConfLog.Model;
using Sprache;

namespace ConfLog.Outline;

/// <summary>
/// Decides a file's markup from a bounded prefix of its lines (the first <see cref="PrefixLines"/>): each markup scores the
/// lines only it reads as structure, and the best score wins, with the counts kept as the reason.
/// </summary>
internal static class MarkupDetector
{
    /// <summary>How many lines the decision looks at, so that streaming can decide it early.</summary>
    public const int PrefixLines = 400;

    /// <summary>The markup of <paramref name="lines"/> and the reason for it.</summary>
    public static (NoteMarkup Markup, string Reason) Detect(IReadOnlyList<(int Offset, string Text)> lines)
    {
        int atx = 0, fences = 0, links = 0, strong = 0;
        int underlines = 0, overlines = 0, directives = 0, rstFields = 0, rstOnlyChars = 0;
        int orgStars = 0, orgKeywords = 0, hiki = 0, wiki = 0, rd = 0, rdLinks = 0, indented = 0, bullets = 0, textLines = 0;
        int n = Math.Min(lines.Count, PrefixLines);
        for (int i = 0; i < n; i++)
        {
            string line = lines[i].Text;
            if (TextLines.IsBlank(line))
            {
                continue;
            }

            textLines++;
            char first = line[0];
            if (first == '#' && AtxHeadingSyntax.TryRead(line, out _) && line.Length > 1 && (line[1] == ' ' || line[1] == '#'))
            {
                atx++;
            }

            // A run of tildes under a title and at least as long as it is a reStructuredText underline, not a fence.
            if (line.StartsWith("```", StringComparison.Ordinal) || (line.StartsWith("~~~", StringComparison.Ordinal) && !UnderlinesTitle(lines, i)))
            {
                fences++;
            }

            if (line.IndexOf("](", StringComparison.Ordinal) > 0)
            {
                links++;
            }

            if (line.StartsWith("**", StringComparison.Ordinal) && line.TrimEnd().EndsWith("**", StringComparison.Ordinal) && line.Trim().Length > 4)
            {
                strong++;
            }

            if (line.StartsWith(".. ", StringComparison.Ordinal) && line.IndexOf("::", StringComparison.Ordinal) > 0)
            {
                directives++;
            }

            if (first == ':' && FieldSyntax.RstField.ReadLine(line).WasSuccessful)
            {
                rstFields++;
            }

            if (i > 0 && AdornmentSyntax.TryRead(line, out var adornment) && IsTitleText(lines[i - 1].Text)
                && adornment.Length >= Math.Min(3, lines[i - 1].Text.Trim().Length))
            {
                underlines++;
                if (adornment.Char != '=' && adornment.Char != '-')
                {
                    rstOnlyChars++;
                }

                if (i > 1 && lines[i - 2].Text.TrimEnd() == line.TrimEnd())
                {
                    overlines++;
                }
            }

            // Only headings of two stars or more count, so the one star of a Markdown bullet is not parsed at all.
            if (line.StartsWith("**", StringComparison.Ordinal) && MarkedHeadingSyntax.Org.ReadLine(line).WasSuccessful)
            {
                orgStars++;
            }

            if (line.StartsWith("#+", StringComparison.Ordinal) && FieldSyntax.OrgKeyword.ReadLine(line).WasSuccessful)
            {
                orgKeywords++;
            }

            if (first == '!' && MarkedHeadingSyntax.Hiki.ReadLine(line).WasSuccessful && !line.StartsWith("![", StringComparison.Ordinal))
            {
                hiki++;
            }

            if (line.IndexOf("[[", StringComparison.Ordinal) >= 0 && line.IndexOf("]]", StringComparison.Ordinal) > 0)
            {
                wiki++;
            }

            if ((first == '=' && MarkedHeadingSyntax.Rd.ReadLine(line).WasSuccessful) || line.StartsWith("=begin", StringComparison.Ordinal))
            {
                rd++;
            }

            if (line.IndexOf("((<", StringComparison.Ordinal) >= 0)
            {
                rdLinks++;
            }

            int indent = TextLines.IndentOf(line, out int at);
            bool bullet = BulletSyntax.ReadItem(line.Substring(at)) is not null;
            bullets += bullet ? 1 : 0;
            indented += indent > 0 && !bullet ? 1 : 0;
        }

        var scores = new List<(NoteMarkup Markup, int Score, string Reason)>
        {
            (NoteMarkup.Markdown, 3 * atx + 2 * fences + links + strong,
                Counted(("ATX headings", atx), ("code fences", fences), ("links", links), ("strong lines", strong))),
            (NoteMarkup.ReStructuredText, (atx == 0 ? 2 * underlines : 2 * rstOnlyChars) + 3 * overlines + 3 * directives + 2 * rstFields,
                Counted(("underlined titles", underlines), ("overlined titles", overlines), ("directives", directives), ("fields", rstFields))),
            (NoteMarkup.Org, 3 * orgStars + 3 * orgKeywords, Counted(("headings of two stars or more", orgStars), ("#+ keywords", orgKeywords))),
            (NoteMarkup.Hiki, 3 * hiki + 2 * wiki, Counted(("! headings", hiki), ("[[text|url]] links", wiki))),
            (NoteMarkup.Rd, 3 * rd + 2 * rdLinks, Counted(("= headings", rd), ("((<…>)) links", rdLinks))),
        };
        var best = scores[0];
        foreach (var s in scores)
        {
            if (s.Score > best.Score)
            {
                best = s;
            }
        }

        string prefix = string.Format(CultureInfo.InvariantCulture, "in the first {0} lines: ", n);
        if (best.Score > 0)
        {
            return (best.Markup, prefix + best.Reason);
        }

        if (textLines > 0 && indented * 3 >= textLines && bullets * 5 < textLines)
        {
            return (NoteMarkup.Indent, prefix + string.Format(CultureInfo.InvariantCulture, "{0} of {1} lines indented with no bullet, no heading marks", indented, textLines));
        }

        return (NoteMarkup.Plain, prefix + "no heading marks of any markup");
    }

    // An RST title line: text at the margin that is not itself an adornment or a list item.
    private static bool UnderlinesTitle(IReadOnlyList<(int Offset, string Text)> lines, int i) =>
        i > 0 && IsTitleText(lines[i - 1].Text) && AdornmentSyntax.TryRead(lines[i].Text, out var adornment)
        && adornment.Length >= lines[i - 1].Text.TrimEnd().Length;

    private static bool IsTitleText(string line) =>
        line.Length > 0 && !char.IsWhiteSpace(line[0]) && !TextLines.IsBlank(line) && !AdornmentSyntax.TryRead(line, out _)
        && BulletSyntax.ReadItem(line) is null;

    private static string Counted(params (string What, int Count)[] counts)
    {
        var parts = new List<string>();
        foreach (var (what, count) in counts)
        {
            if (count > 0)
            {
                parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + what);
            }
        }

        return parts.Count == 0 ? "nothing" : string.Join(", ", parts);
    }
}
