using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Text;
using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>
/// Bullets and the lines built on them: labelled bullets, questions and answers. The static fields read
/// the default dialect; the methods build the same parsers for other markers.
/// </summary>
public static class BulletGrammar
{
    /// <summary>The longest label a labelled bullet may have; a longer run before a colon is a sentence, not a label.</summary>
    public const int MaxLabelLength = 32;

    /// <summary>The bullet markers read by default: <c>-</c>, <c>*</c>, <c>+</c>, <c>•</c> and <c>・</c>.</summary>
    public static readonly ImmutableArray<string> DefaultBulletMarkers = ImmutableArray.Create("-", "*", "+", "•", "・");

    /// <summary>The words that open a question by default: <c>Q</c> and <c>質問</c>.</summary>
    public static readonly ImmutableArray<string> DefaultQuestionMarkers = ImmutableArray.Create("Q", "質問");

    /// <summary>The words that open an answer by default: <c>A</c> (also numbered, <c>A1</c>) and <c>回答</c>.</summary>
    public static readonly ImmutableArray<string> DefaultAnswerMarkers = ImmutableArray.Create("A", "回答");

    /// <summary>
    /// The marker of a bullet, after any indentation: <c>-</c>, <c>*</c>, <c>+</c> or <c>•</c> followed by
    /// white space or the end of the line, or <c>・</c> followed by anything. <c>---</c> and <c>**bold**</c> are not bullets.
    /// </summary>
    public static readonly Parser<LinePart> BulletMarker = BulletMarkerOf(DefaultBulletMarkers);

    /// <summary>
    /// The label of a labelled bullet, up to its colon: <c>資料</c> in <c>- 資料: そのうち公開</c>, <c>TinyVisor</c> in
    /// <c>- TinyVisor:別に開発</c>, <c>Note</c> in <c>- Note:3 items</c>, <c>Top10</c> in <c>- Top10: list</c>. Not a label:
    /// the scheme of a URL (<c>http</c> in <c>- http://x</c>), a clock time (<c>10</c> in <c>- 10:30 開始</c>, a digit on
    /// both sides of the colon), or more than <see cref="MaxLabelLength"/> characters.
    /// </summary>
    public static readonly Parser<LinePart> Label =
        (from label in Run(c => c != ':' && c != '：', "label")
         where label.Length <= MaxLabelLength && !IsSpace(label.Text[0])
         from notUrl in Ahead((line, colon) => !(colon + 2 < line.Length && line[colon + 1] == '/' && line[colon + 2] == '/'), "colon")
         from notTime in Ahead((line, colon) => !(char.IsDigit(label.Text[label.Length - 1]) && colon + 1 < line.Length && char.IsDigit(line[colon + 1])), "colon")
         select label).Named("label");

    /// <summary>A bullet of any kind but a question or an answer: <c>- text</c>, <c>- 資料: text</c>, <c>- デモ:</c>.</summary>
    public static readonly Parser<BulletLine> Bullet = BulletOf(BulletMarker);

    /// <summary>
    /// What opens a question, after any bullet: <c>Q:</c>, <c>Q：</c>, <c>Q.</c> or <c>質問:</c>.
    /// </summary>
    public static readonly Parser<LinePart> QuestionMarker = ExchangeMarkerOf(DefaultQuestionMarkers, "question marker");

    /// <summary>
    /// What opens an answer, after any bullet: <c>A:</c>, <c>A1:</c>, <c>A2：</c>, <c>A.</c> or <c>回答:</c>.
    /// </summary>
    public static readonly Parser<LinePart> AnswerMarker = ExchangeMarkerOf(DefaultAnswerMarkers, "answer marker");

    /// <summary>
    /// A question: <c>- Q: 日本語ポストは?</c>, or without a bullet <c>Q: How can we loop?</c>; <c>- Q:</c> alone is a
    /// question with empty text.
    /// </summary>
    public static readonly Parser<QuestionLine> Question = QuestionOf(BulletMarker, QuestionMarker);

    /// <summary>An answer: <c>- A: URLエンコーディングを実装したらできるはず。</c>, <c>A1: You can use a while loop</c>.</summary>
    public static readonly Parser<AnswerLine> Answer = AnswerOf(BulletMarker, AnswerMarker);


    /// <summary>Builds a bullet marker parser for <paramref name="markers"/>, tried longest first.</summary>
    /// <param name="markers">The markers, such as <c>-</c> or <c>・</c>. A marker of CJK punctuation needs no space after it.</param>
    /// <returns>A parser of the marker, its index being the indentation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markers"/> is null.</exception>
    public static Parser<LinePart> BulletMarkerOf(IEnumerable<string> markers)
    {
        var ordered = LongestFirst(Guard.NotNull(markers, nameof(markers)));
        return (from indent in Spaces
                from marker in MarkerOf(ordered)
                select marker).Named("bullet marker");
    }

    /// <summary>Builds a bullet parser on <paramref name="marker"/>.</summary>
    /// <param name="marker">The bullet marker parser, from <see cref="BulletMarkerOf"/>.</param>
    /// <returns>A parser of bullet lines.</returns>
    public static Parser<BulletLine> BulletOf(Parser<LinePart> marker) =>
        (from start in StartOf(marker)
         from labelled in
             (from label in Label
              from colon in Colon
              from gap in Spaces
              select label).Optional()
         from text in RestOfLine
         select new BulletLine(start, labelled.OrNone(), text.TrimEnd())).End().Named("bullet");

    /// <summary>
    /// Builds the marker of a question or an answer from <paramref name="words"/>: a word, an optional number,
    /// then a colon (ASCII or full-width) or a full stop followed by white space.
    /// </summary>
    /// <param name="words">The words, such as <c>Q</c> or <c>質問</c>.</param>
    /// <param name="name">What the marker is, for error messages.</param>
    /// <returns>A parser of the whole marker (<c>A1:</c>).</returns>
    public static Parser<LinePart> ExchangeMarkerOf(IEnumerable<string> words, string name)
    {
        var ordered = LongestFirst(Guard.NotNull(words, nameof(words)));
        return (from start in CurrentIndex
                from word in OneOf(ordered, name)
                from number in Run(char.IsDigit, "number", minLength: 0)
                from end in Colon.Or((from stop in Parse.Char('.') from space in Ahead((s, i) => IsSpace(s[i]), "space").Or(AtEnd) select stop).Named("full stop"))
                select new LinePart(word.Text + number.Text + end, start)).Named(name);
    }

    /// <summary>Builds a question parser: an optional bullet, then <paramref name="questionMarker"/>, then the text.</summary>
    /// <param name="bulletMarker">The bullet marker parser.</param>
    /// <param name="questionMarker">The question marker parser, from <see cref="ExchangeMarkerOf"/>.</param>
    /// <returns>A parser of question lines.</returns>
    public static Parser<QuestionLine> QuestionOf(Parser<LinePart> bulletMarker, Parser<LinePart> questionMarker) =>
        (from exchange in ExchangeOf(bulletMarker, questionMarker)
         select new QuestionLine(exchange.Marker, exchange.Text, exchange.Tag)).Named("question");

    /// <summary>Builds an answer parser: an optional bullet, then <paramref name="answerMarker"/>, then the text.</summary>
    /// <param name="bulletMarker">The bullet marker parser.</param>
    /// <param name="answerMarker">The answer marker parser, from <see cref="ExchangeMarkerOf"/>.</param>
    /// <returns>A parser of answer lines.</returns>
    public static Parser<AnswerLine> AnswerOf(Parser<LinePart> bulletMarker, Parser<LinePart> answerMarker) =>
        (from exchange in ExchangeOf(bulletMarker, answerMarker)
         select new AnswerLine(exchange.Marker, exchange.Text, exchange.Tag)).Named("answer");

    private static Parser<(LinePart? Marker, LinePart Tag, LinePart Text)> ExchangeOf(Parser<LinePart> bulletMarker, Parser<LinePart> tagMarker) =>
        (from bullet in StartOf(bulletMarker).Optional()
         from indent in Spaces
         from tag in tagMarker
         from gap in Spaces
         from text in RestOfLine
         select (bullet.OrNone(), tag, text.TrimEnd())).End();

    private static Parser<LinePart> StartOf(Parser<LinePart> marker) =>
        from start in marker
        from gap in Spaces
        select start;

    // One of the markers, where what follows makes it a bullet, and the one white space an ASCII marker needs after it.
    // Each marker is its own alternative, so that a longer marker that is not a bullet here ("--x") leaves the shorter
    // ones to be tried.
    private static Parser<LinePart> MarkerOf(string[] markers)
    {
        var any = markers.Length == 0 ? null : markers.Select(OneMarker).Aggregate((longer, shorter) => longer.Or(shorter));
        return input => any?.Invoke(input) is { WasSuccessful: true } found
            ? found
            : Result.Failure<LinePart>(input, $"unexpected {Describe(input)}, expected bullet marker", BulletMarkerExpected);
    }

    // "- x" needs white space after an ASCII marker, "・x" does not; "---" and "・・・" are rules, not bullets.
    private static Parser<LinePart> OneMarker(string marker)
    {
        char last = marker[marker.Length - 1];
        bool cjk = last >= '\u2E80';
        var literal = new[] { marker };
        return from start in CurrentIndex
               from text in OneOf(literal, "bullet marker")
               from follows in AtEnd.Or(Ahead((line, i) => line[i] != last && (cjk || IsSpace(line[i])), "white space"))
               from space in Parse.Char(c => !cjk && IsSpace(c), "white space").Optional()
               select new LinePart(marker, start);
    }

    private static readonly string[] BulletMarkerExpected = { "bullet marker" };

    // One of several literal strings, compared ordinally, taken in one step.
    private static Parser<LinePart> OneOf(string[] candidates, string name) =>
        input =>
        {
            foreach (string candidate in candidates)
            {
                if (string.CompareOrdinal(input.Source, input.Position, candidate, 0, candidate.Length) == 0)
                {
                    return Result.Success(new LinePart(candidate, input.Position), LineInput.Skip(input, candidate.Length));
                }
            }

            return Result.Failure<LinePart>(input, $"unexpected {Describe(input)}, expected {name}", new[] { name });
        };

    private static readonly Parser<Unit> AtEnd = input =>
        input.AtEnd ? Result.Success(Unit.Value, input) : Result.Failure<Unit>(input, "not at the end of the line", new[] { "end of line" });

    private static string Describe(IInput input) => input.AtEnd ? "end of line" : $"'{input.Current}'";

    // Markers and words are tried longest first, so "質問" wins over a shorter word it starts with.
    internal static string[] LongestFirst(IEnumerable<string> strings) =>
        strings.Where(m => !string.IsNullOrEmpty(m)).Distinct().OrderByDescending(m => m.Length).ToArray();

    /// <summary>
    /// <see cref="BulletOf"/> in one pass, for the dialect of <paramref name="markers"/>: the marker, white space, a
    /// label if its colon opens the text, then the text.
    /// </summary>
    internal static LineScan BulletReaderOf(BulletMarkers markers) =>
        (s, start) =>
        {
            int n = s.Length;
            int at = SkipSpaces(s, start);
            string? marker = markers.Match(s, at, out int next);
            if (marker is null)
            {
                return null;
            }

            int p = SkipSpaces(s, next);
            LinePart? label = null;

            // A label is at most MaxLabelLength characters before its colon: look no further than that.
            int colon = p < n ? s.IndexOfAny(Colons, p, Math.Min(n - p, MaxLabelLength + 1)) : -1;
            int length = colon - p;
            if (colon >= 0 && length >= 1 && !IsSpace(s[p]) && OpensLabelText(s, colon))
            {
                label = LinePart.In(s, p, length);
                p = SkipSpaces(s, colon + 1);
            }

            return new BulletLine(new LinePart(marker, at), label, OnePass.Rest(s, p));
        };

    /// <summary>
    /// <see cref="QuestionOf"/> or <see cref="AnswerOf"/> in one pass: an optional bullet, one of <paramref name="words"/>
    /// (longest first), a number, a colon or a full stop before white space, then the text.
    /// </summary>
    internal static LineScan ExchangeReaderOf(BulletMarkers markers, string[] words, bool question) =>
        (s, start) =>
        {
            int n = s.Length;
            int p = start;
            LinePart? marker = null;
            int at = SkipSpaces(s, p);
            string? bullet = markers.Match(s, at, out int next);
            if (bullet is not null)
            {
                marker = new LinePart(bullet, at);
                p = next;
            }

            p = SkipSpaces(s, p);
            int tagStart = p;
            string? word = OnePass.WordAt(s, p, words);
            if (word is null)
            {
                return null;
            }

            p += word.Length;
            while (p < n && char.IsDigit(s[p]))
            {
                p++;
            }

            if (p >= n || !(s[p] == ':' || s[p] == '：' || (s[p] == '.' && (p + 1 == n || IsSpace(s[p + 1])))))
            {
                return null;
            }

            p++;

            // The tag as written is the word, the number and the stop, which are exactly these characters.
            var tag = LinePart.In(s, tagStart, p - tagStart);
            var text = OnePass.Rest(s, SkipSpaces(s, p));
            return question ? new QuestionLine(marker, text, tag) : new AnswerLine(marker, text, tag);
        };

    // Whether a question or answer word can stand at the first non-blank character, after an optional bullet marker.
    internal static bool CanBeExchange(BulletMarkers markers, string[] words, LineText line, int first)
    {
        int p = markers.Match(line, first, out int next) is null ? first : SkipSpaces(line, next);
        return OnePass.WordAt(line, p, words) is not null;
    }

    private static readonly char[] Colons = { ':', '：' };

    // A colon that opens a label's text: not the "://" of a URL, not the colon inside a clock time (a digit each side).
    private static bool OpensLabelText(LineText line, int colon)
    {
        bool url = colon + 2 < line.Length && line[colon + 1] == '/' && line[colon + 2] == '/';
        bool time = colon > 0 && colon + 1 < line.Length && char.IsDigit(line[colon - 1]) && char.IsDigit(line[colon + 1]);
        return !url && !time;
    }
}
