using System.Linq;
using ConfLog.Outline;
using Sprache;

namespace ConfLog.Reading;

/// <summary>
/// The markers that open a question or an answer: <c>Q:</c>, <c>Q.</c>, <c>Q1:</c>, <c>QQ:</c>, <c>Q (Ann):</c>,
/// <c>Question:</c>, <c>質問:</c>; <c>A:</c>, <c>A.</c>, <c>A1:</c>, <c>Answer:</c>, <c>回答:</c>.
/// </summary>
internal static class QaMarkers
{
    private static readonly Parser<string> Colon = Parse.Chars(":：.").Once().Text();

    private static readonly Parser<string> Who =
        Parse.Chars(" ").Many().Then(_ => Parse.Char('(').Then(_ => Parse.CharExcept(")").Many()).Then(_ => Parse.Char(')'))).Return("").Optional().Return("");

    // The longer words come first in each marker: a Sprache alternative that matched "Q" is not retried as "Question".
    private static Parser<string> Marker(Parser<string> word) =>
        from w in word
        from n in Parse.Digit.Many().Text()
        from who in Who
        from colon in Colon
        from rest in RestOfText.Any
        select rest.Trim();

    /// <summary>A question marker and the question after it: <c>Q: What does it cost?</c> gives the question.</summary>
    public static readonly Parser<string> Question =
        Marker(Parse.IgnoreCase("question").Text().Or(Parse.String("QQ").Text()).Or(Parse.String("Q").Text()).Or(Parse.String("質問").Text()))
            .Named("question marker");

    /// <summary>An answer marker and the answer after it: <c>A: It depends.</c>, <c>A1:</c>, <c>回答:</c>.</summary>
    public static readonly Parser<string> Answer =
        Marker(Parse.IgnoreCase("answer").Text().Or(Parse.String("A").Text()).Or(Parse.String("回答").Text()).Or(Parse.String("答え").Text()))
            .Named("answer marker");

    /// <summary>
    /// <see cref="Question"/> read in one pass with no parser: the question after the marker, or null when the line opens
    /// with no question marker. QaReader asks this of every line; the parser stays the definition, held to it by a
    /// differential test.
    /// </summary>
    public static string? ReadQuestion(string text)
    {
        int word = StartsIgnoringCase(text, "question") ? 8
            : text.StartsWith("QQ", System.StringComparison.Ordinal) ? 2
            : text.StartsWith("Q", System.StringComparison.Ordinal) ? 1
            : text.StartsWith("質問", System.StringComparison.Ordinal) ? 2
            : 0;
        return word == 0 ? null : AfterMarker(text, word);
    }

    /// <summary><see cref="Answer"/> read in one pass with no parser: the answer after the marker, or null.</summary>
    public static string? ReadAnswer(string text)
    {
        int word = StartsIgnoringCase(text, "answer") ? 6
            : text.StartsWith("A", System.StringComparison.Ordinal) ? 1
            : text.StartsWith("回答", System.StringComparison.Ordinal) || text.StartsWith("答え", System.StringComparison.Ordinal) ? 2
            : 0;
        return word == 0 ? null : AfterMarker(text, word);
    }

    // As Parse.IgnoreCase: each character compared lowered (char.ToLower, as Sprache does).
    private static bool StartsIgnoringCase(string text, string word)
    {
        if (text.Length < word.Length)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            if (char.ToLower(text[i], System.Globalization.CultureInfo.CurrentCulture) != char.ToLower(word[i], System.Globalization.CultureInfo.CurrentCulture))
            {
                return false;
            }
        }

        return true;
    }

    // The marker's tail after its word: digits, an optional "(who)", then the colon or full stop; the rest trimmed.
    private static string? AfterMarker(string text, int at)
    {
        while (at < text.Length && char.IsDigit(text[at]))
        {
            at++;
        }

        int who = at;
        while (who < text.Length && text[who] == ' ')
        {
            who++;
        }

        if (who < text.Length && text[who] == '(')
        {
            int close = text.IndexOf(')', who + 1);
            if (close > 0)
            {
                at = close + 1;
            }
        }

        if (at >= text.Length || (text[at] != ':' && text[at] != '：' && text[at] != '.'))
        {
            return null;
        }

        return text.Substring(at + 1).Trim();
    }

    /// <summary>
    /// A question and its answer inside one line, the question marked anywhere in it: <c>Before the talk Q: … A: …</c>,
    /// <c>Q&amp;A: … A: …</c>.
    /// </summary>
    public static bool IsInlineExchange(string text)
    {
        int q = -1;
        foreach (string mark in InlineQuestionMarks)
        {
            int at = text.IndexOf(mark, System.StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || text[at - 1] == ' ') && (q < 0 || at < q))
            {
                q = at;
            }
        }

        return q >= 0 && HasInlineAnswer(text.Substring(q));
    }

    private static readonly string[] InlineQuestionMarks = { "Q:", "Q：", "Q&A:", "Q & A:" };

    /// <summary>Whether the question line also holds its answer: <c>Q: … A: …</c>, or <c>Question about X: answer</c>.</summary>
    public static bool HasInlineAnswer(string text)
    {
        int a = text.IndexOf(" A:", System.StringComparison.Ordinal);
        if (a < 0)
        {
            a = text.IndexOf(" A：", System.StringComparison.Ordinal);
        }

        return a > 0 && text.Substring(a + 3).Trim().Length > 0;
    }
}
