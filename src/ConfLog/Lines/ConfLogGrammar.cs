using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>
/// The grammar of a line of conference notes, written with Sprache. Every parser reads one line
/// (without its line ending) and can be reused and composed; the parts live in <see cref="TextRuns"/>,
/// <see cref="DateGrammar"/>, <see cref="BulletGrammar"/>, <see cref="EventHeaderGrammar"/>,
/// <see cref="TalkHeaderGrammar"/>, <see cref="BreakGrammar"/> and <see cref="LinkGrammar"/>.
/// <see cref="Line"/> reads any line as the first kind that fits, trying only the kinds its first character allows
/// (see <see cref="TextRuns.Dispatch{T}"/>), and always succeeds.
/// </summary>
public static partial class ConfLogGrammar
{
    /// <summary>A line of nothing but white space, or an empty line.</summary>
    public static readonly Parser<BlankLine> Blank =
        (from spaces in Spaces
         select FastLineGrammar.BlankInstance).End().Named("blank line");

    /// <summary>Any line: <c>なんとか時間までに会場につけた。</c>. It never fails.</summary>
    public static readonly Parser<ProseLine> Prose =
        (from text in RestOfLine
         select new ProseLine(text.Trim())).Named("prose");

    /// <summary>Any line of the default dialect (<see cref="ConfLogOptions.Default"/>), read as the first kind that fits.</summary>
    public static readonly Parser<LineSyntax> Line = LineFor(ConfLogOptions.Default);

    /// <summary>Any line, read with the default dialect but for the break keywords.</summary>
    /// <param name="breakKeywords">The words that name a pause.</param>
    /// <returns>A parser of any line.</returns>
    public static Parser<LineSyntax> LineWith(IEnumerable<string> breakKeywords) =>
        LineFor(ConfLogOptions.Default with { BreakKeywords = Guard.NotNull(breakKeywords, nameof(breakKeywords)).ToImmutableArray() });

    /// <summary>
    /// Any line of the dialect <paramref name="options"/> describe, read as the first kind that fits, in this order:
    /// <see cref="Blank"/>; the user's <see cref="ConfLogOptions.Recognizers"/>; a timestamp; a Markdown heading (when
    /// <see cref="ConfLogOptions.MarkdownHeadings"/>); an event header; a question; an answer; a bullet; a talk header;
    /// a break heading; and <see cref="Prose"/>. It never fails.
    /// </summary>
    /// <param name="options">The dialect: markers, keywords, separators, recognizers.</param>
    /// <returns>A parser of any line.</returns>
    /// <remarks>
    /// It reads every line as that chain would (the chain is kept, as the readable definition, and tests hold the two
    /// together), but through <see cref="TextRuns.Dispatch{T}"/>: a kind is tried only on lines whose first non-blank
    /// character it can start with (<c>[</c> a timestamp, <c>#</c> a heading, a bullet marker or a question or answer word
    /// the bulleted kinds, a line with <c> / </c> a talk header, a short line a break heading), and the frequent kinds are
    /// hand-written Sprache parsers that read the line in one pass. Build it once per dialect: building costs far more
    /// than reading a line.
    /// </remarks>
    public static Parser<LineSyntax> LineFor(ConfLogOptions options) =>
        new FastLineGrammar(Guard.NotNull(options, nameof(options))).Line;

    // The grammar of a line as the chain of its LINQ-query parsers, tried in turn: the definition LineFor must agree
    // with, line for line (LineFastPathTests), and what it did before the dispatch.
    internal static Parser<LineSyntax> ReferenceLineFor(ConfLogOptions options)
    {
        Guard.NotNull(options, nameof(options));
        var bullet = BulletGrammar.BulletMarkerOf(options.BulletMarkers);
        var talk = TalkHeaderGrammar.TalkHeaderOf(options.SpeakerSeparators);
        var kinds = new List<Parser<LineSyntax>> { Blank.As() };
        kinds.AddRange(options.Recognizers.Select(Recognize));
        kinds.Add(DateGrammar.Timestamp.As());
        if (options.MarkdownHeadings)
        {
            kinds.Add(HeadingGrammar.HeadingOf(talk).As());
        }

        kinds.Add(EventHeaderGrammar.EventHeaderOf(bullet).As());
        kinds.Add(BulletGrammar.QuestionOf(bullet, BulletGrammar.ExchangeMarkerOf(options.QuestionMarkers, "question marker")).As());
        kinds.Add(BulletGrammar.AnswerOf(bullet, BulletGrammar.ExchangeMarkerOf(options.AnswerMarkers, "answer marker")).As());
        kinds.Add(BulletGrammar.BulletOf(bullet).As());
        kinds.Add(talk.As());
        kinds.Add(BreakGrammar.BreakHeading(options.BreakKeywords).As());
        kinds.Add(Prose.As());
        return FirstOf(kinds.ToArray()).Named("line");
    }

    internal static Parser<LineSyntax> Recognize(LineRecognizer recognizer) =>
        recognizer.Parser.Select(text => (LineSyntax)new CustomLine(recognizer.Kind, text));

    // The first parser that succeeds, whatever it consumed. Sprache's Or tries its second parser even when
    // the first succeeded without consuming anything, which would read an empty line as empty prose.
    private static Parser<LineSyntax> FirstOf(params Parser<LineSyntax>[] kinds) =>
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

    private static Parser<LineSyntax> As<T>(this Parser<T> parser)
        where T : LineSyntax =>
        parser.Select(line => (LineSyntax)line);
}
