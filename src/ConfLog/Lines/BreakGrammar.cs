using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Text;
using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>Break headings: a short line on its own that names a pause.</summary>
public static class BreakGrammar
{
    /// <summary>The words that name a pause by default: 休憩, 昼休憩, 昼食, Lunch, Break, Coffee.</summary>
    public static readonly ImmutableArray<string> DefaultBreakKeywords =
        ImmutableArray.Create("休憩", "昼休憩", "昼食", "Lunch", "Break", "Coffee");

    /// <summary>The longest line that can be a break heading; a longer line is prose that mentions a pause.</summary>
    public const int MaxBreakHeadingLength = 24;

    /// <summary>A break heading with the <see cref="DefaultBreakKeywords"/>: <c>昼休憩</c>, <c>Lunch</c>, <c>Coffee break</c>.</summary>
    public static readonly Parser<BreakLine> Break = BreakHeadingOf(DefaultBreakKeywords);

    /// <summary>
    /// A break heading named by one of <paramref name="keywords"/>: the whole line is a keyword (<c>昼休憩</c>),
    /// starts with one followed by white space or a parenthesis (<c>休憩 (15分)</c>), or is at most three words
    /// one of which is a keyword, ignoring case (<c>Coffee break</c>). No sentence punctuation, at most
    /// <see cref="MaxBreakHeadingLength"/> characters.
    /// </summary>
    /// <param name="keywords">The words that name a pause.</param>
    /// <returns>A parser of break heading lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keywords"/> is null.</exception>
    public static Parser<BreakLine> BreakHeadingOf(IEnumerable<string> keywords)
    {
        Guard.NotNull(keywords, nameof(keywords));
        var words = Keywords(keywords);
        return (from leading in Spaces
                from name in RestOfLine.Select(p => p.TrimEnd())
                where IsBreakName(name.Text, words)
                select new BreakLine(name)).End().Named("break heading");
    }

    internal static bool IsBreakName(string text, ImmutableArray<string> keywords)
    {
        if (text.Length == 0 || text.Length > MaxBreakHeadingLength || text.IndexOfAny(SentencePunctuation) >= 0)
        {
            return false;
        }

        foreach (string keyword in keywords)
        {
            if (text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)
                && (text.Length == keyword.Length || IsSpace(text[keyword.Length]) || text[keyword.Length] is '(' or '（'))
            {
                return true;
            }
        }

        string[] parts = text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 3 && parts.Any(part => keywords.Any(k => string.Equals(part, k, StringComparison.OrdinalIgnoreCase)));
    }

    private static readonly char[] SentencePunctuation = { '。', '.', '!', '?', ':', '：', '、', ',', '！', '？' };

    /// <summary>The characters that separate words in a heading or a title: space, tab, ideographic space.</summary>
    internal static readonly char[] WordSeparators = { ' ', '\t', '\u3000' };

    // Keywords as the grammar compares them: blank ones dropped, the rest trimmed.
    internal static ImmutableArray<string> Keywords(IEnumerable<string> keywords) =>
        keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToImmutableArray();

    /// <summary><see cref="BreakHeadingOf"/> in one pass: the trimmed line, if it is short and names a pause.</summary>
    internal static LineScan BreakReaderOf(IEnumerable<string> keywords)
    {
        var words = Keywords(keywords);
        return (s, at) =>
        {
            int start = SkipSpaces(s, at);
            int length = OnePass.TrimmedEnd(s, start) - start;
            if (length == 0 || length > MaxBreakHeadingLength)
            {
                return null;
            }

            string name = s.AsSpan().Slice(start, length).ToString();
            return IsBreakName(name, words) ? new BreakLine(new LinePart(name, start)) : null;
        };
    }

    // Whether a line can be a break heading, from its first non-blank character: it is short enough.
    internal static bool IsShortEnough(LineText line, int first) => OnePass.TrimmedEnd(line, first) - first <= MaxBreakHeadingLength;
}
