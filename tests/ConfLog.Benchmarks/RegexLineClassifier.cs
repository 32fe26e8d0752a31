using System;
using System.Text.RegularExpressions;

namespace ConfLog.Benchmarks;

/// <summary>The kinds that <see cref="RegexLineClassifier"/> tells apart.</summary>
public enum LineKind
{
    /// <summary>An empty or white-space line.</summary>
    Blank,

    /// <summary><c>[2012-12-04 10:40]</c>, with <c>/</c> or seconds too.</summary>
    Timestamp,

    /// <summary><c>- Q: …</c>.</summary>
    Question,

    /// <summary><c>- A: …</c>.</summary>
    Answer,

    /// <summary>Any other <c>- …</c> or <c>* …</c>, indented or not.</summary>
    Bullet,

    /// <summary><c>Title / Speaker(Affiliation)</c>.</summary>
    TalkHeader,

    /// <summary>Anything else.</summary>
    Prose,
}

/// <summary>
/// A baseline: one compiled <see cref="Regex"/> with an alternation per line kind, applied line by line. It reads
/// no structure (no sessions, no nesting, no spans), so it is about the least that a line-oriented reader must do.
/// </summary>
public static class RegexLineClassifier
{
    private static readonly Regex Line = new(
        @"^(?:(?<blank>[ \t]*)" +
        @"|(?<stamp>[ \t]*\[\d{4}[-/]\d{2}[-/]\d{2} \d{2}:\d{2}(?::\d{2})?\][ \t]*)" +
        @"|(?<question>[ \t]*[-*] +Q: ?.*)" +
        @"|(?<answer>[ \t]*[-*] +A: ?.*)" +
        @"|(?<bullet>[ \t]*[-*] .*)" +
        @"|(?<header>\S.*? / \S.*)" +
        @"|(?<prose>.*))$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly int[] Groups =
    [
        Line.GroupNumberFromName("blank"),
        Line.GroupNumberFromName("stamp"),
        Line.GroupNumberFromName("question"),
        Line.GroupNumberFromName("answer"),
        Line.GroupNumberFromName("bullet"),
        Line.GroupNumberFromName("header"),
        Line.GroupNumberFromName("prose"),
    ];

    /// <summary>Classifies one line.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Where the line starts.</param>
    /// <param name="length">Its length, without the line end.</param>
    /// <returns>Its kind.</returns>
    public static LineKind Classify(string text, int start, int length)
    {
        Match match = Line.Match(text, start, length);
        for (int i = 0; i < Groups.Length; i++)
        {
            if (match.Groups[Groups[i]].Success)
            {
                return (LineKind)i;
            }
        }

        return LineKind.Prose;
    }

    /// <summary>Classifies every line of a text and counts each kind.</summary>
    /// <param name="text">The text.</param>
    /// <param name="counts">Receives the count of each <see cref="LineKind"/>, by its value.</param>
    public static void CountKinds(string text, Span<int> counts)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            int length = end - start;
            if (length > 0 && text[end - 1] == '\r')
            {
                length--;
            }

            if (end < text.Length || length > 0)
            {
                counts[(int)Classify(text, start, length)]++;
            }

            start = end + 1;
        }
    }
}
