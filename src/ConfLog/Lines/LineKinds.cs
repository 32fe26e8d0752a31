using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Text;
using Sprache;

namespace ConfLog.Lines;

/// <summary>
/// The table of line kinds of a dialect, in the order they are tried: the one place that says which kinds there are.
/// <see cref="Dispatching"/> builds the parser <see cref="ConfLogGrammar.LineOf"/> returns from it, <see cref="Scanning"/>
/// the same dispatch without Sprache's objects per line (what <see cref="LineReader"/> runs), and <see cref="Chain"/> the
/// reference chain of queries both must agree with (<c>LineFastPathTests</c>), so a new kind is one entry here and its
/// rule file.
/// </summary>
internal static class LineKinds
{
    /// <summary>
    /// The kinds of <paramref name="options"/>' dialect: a blank line; the user's recognizers; a timestamp; a Markdown
    /// heading (when <see cref="ConfLogOptions.MarkdownHeadings"/>); an event header; a question; an answer; a bullet;
    /// a talk header; a break heading; and prose, which reads any line.
    /// </summary>
    public static IReadOnlyList<LineKind> Of(ConfLogOptions options)
    {
        var markers = new BulletMarkers(options.BulletMarkers);
        var bullet = BulletGrammar.BulletMarkerOf(options.BulletMarkers);
        var questionWords = BulletGrammar.LongestFirst(options.QuestionMarkers);
        var answerWords = BulletGrammar.LongestFirst(options.AnswerMarkers);
        var talk = TalkHeaderGrammar.TalkHeaderOf(options.SpeakerSeparators);
        var talkReader = TalkHeaderGrammar.TalkHeaderScanOf(options.SpeakerSeparators);

        var kinds = new List<LineKind> { new("blank", ConfLogGrammar.Blank, ConfLogGrammar.BlankReader, Condition: (line, first) => first == line.Length) };
        kinds.AddRange(options.Recognizers.Select(r => new LineKind(r.Kind, Recognize(r))));
        kinds.Add(new("timestamp", DateGrammar.Timestamp, DateGrammar.TimestampReader, "["));
        if (options.MarkdownHeadings)
        {
            kinds.Add(new("heading", HeadingGrammar.HeadingOf(talk), HeadingGrammar.HeadingReaderOf(talkReader), "#"));
        }

        kinds.Add(new("event header", EventHeaderGrammar.EventHeaderOf(bullet), EventHeaderGrammar.EventHeaderReaderOf(markers), markers.Starts,
            Condition: (line, first) => EventHeaderGrammar.CanBeEventHeader(markers, line, first)));
        kinds.Add(new("question", BulletGrammar.QuestionOf(bullet, BulletGrammar.ExchangeMarkerOf(options.QuestionMarkers, "question marker")),
            BulletGrammar.ExchangeReaderOf(markers, questionWords, question: true), markers.Starts + StartsOf(questionWords),
            (line, first) => BulletGrammar.CanBeExchange(markers, questionWords, line, first)));
        kinds.Add(new("answer", BulletGrammar.AnswerOf(bullet, BulletGrammar.ExchangeMarkerOf(options.AnswerMarkers, "answer marker")),
            BulletGrammar.ExchangeReaderOf(markers, answerWords, question: false), markers.Starts + StartsOf(answerWords),
            (line, first) => BulletGrammar.CanBeExchange(markers, answerWords, line, first)));
        kinds.Add(new("bullet", BulletGrammar.BulletOf(bullet), BulletGrammar.BulletReaderOf(markers), markers.Starts));
        kinds.Add(new("talk header", talk, talkReader, Condition: (line, _) => line.Contains(" / ")));
        kinds.Add(new("break heading", BreakGrammar.BreakHeadingOf(options.BreakKeywords), BreakGrammar.BreakReaderOf(options.BreakKeywords),
            Condition: BreakGrammar.IsShortEnough));
        kinds.Add(new("prose", ConfLogGrammar.Prose, ConfLogGrammar.ProseReader));
        return kinds;
    }

    /// <summary>
    /// The line parser of the kinds, through <see cref="TextRuns.Dispatch{T}"/>: a kind is tried only on lines its
    /// opening characters and condition allow, and its reader runs where it has one.
    /// </summary>
    public static Parser<LineSyntax> Dispatching(IEnumerable<LineKind> kinds) =>
        TextRuns.Dispatch("line", kinds.Select(k => new DispatchCase<LineSyntax>(k.Fast, k.FirstCharacters, ConditionOf(k))).ToArray());

    /// <summary>
    /// What <see cref="Dispatching"/> reads, without Sprache's input and result per line: the reader of the first kind
    /// that fits, or <see langword="null"/> when none does (never, with prose last). <see cref="LineReader"/> reads
    /// every line of a log through it; <c>LineFastPathTests</c> holds it to <see cref="Dispatching"/>.
    /// </summary>
    public static LineScan Scanning(IEnumerable<LineKind> kinds)
    {
        var table = new FirstCharacterTable<LineKind>(kinds.ToArray(), k => k.FirstCharacters);
        return (line, start) =>
        {
            int first = TextRuns.SkipSpaces(line, start);
            foreach (var kind in table.For(line, first))
            {
                if ((kind.Condition is null || kind.Condition(line, first)) && kind.Scan(line, start) is { } syntax)
                {
                    return syntax;
                }
            }

            return null;
        };
    }

    /// <summary>The kinds' rules tried in turn on every line, the first that succeeds winning: the grammar as documented.</summary>
    public static Parser<LineSyntax> Chain(IEnumerable<LineKind> kinds) => FirstOf(kinds.Select(k => k.Rule).ToArray()).Named("line");

    // The Sprache grammar's dispatch asks its condition of the line as a string, which is a line of its own.
    private static Func<string, int, bool>? ConditionOf(LineKind kind) =>
        kind.Condition is { } condition ? (line, first) => condition(line, first) : null;

    internal static Parser<LineSyntax> Recognize(LineRecognizer recognizer) =>
        recognizer.Parser.Select(text => (LineSyntax)new CustomLine(recognizer.Kind, text));

    // The first parser that succeeds, whatever it consumed. Sprache's Or tries its second parser even when
    // the first succeeded without consuming anything, which would read an empty line as empty prose.
    private static Parser<LineSyntax> FirstOf(Parser<LineSyntax>[] kinds) =>
        input =>
        {
            IResult<LineSyntax>? failure = null;
            foreach (var kind in kinds)
            {
                var result = kind(input);
                if (result.WasSuccessful)
                {
                    return result;
                }

                failure ??= result;
            }

            return failure!;
        };

    private static string StartsOf(string[] words) => new(words.Select(w => w[0]).Distinct().ToArray());
}
