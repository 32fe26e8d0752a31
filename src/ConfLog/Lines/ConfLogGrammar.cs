using System.Collections.Generic;
using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>
/// The grammar of a line of conference notes, written with Sprache. Every parser reads one line
/// (without its line ending) and can be reused and composed; the parts live in <see cref="TextRuns"/>,
/// <see cref="DateGrammar"/>, <see cref="BulletGrammar"/>, <see cref="EventHeaderGrammar"/>,
/// <see cref="TalkHeaderGrammar"/>, <see cref="BreakGrammar"/> and <see cref="LinkGrammar"/>.
/// <see cref="Line"/> tries each line kind in turn and always succeeds.
/// </summary>
public static partial class ConfLogGrammar
{
    /// <summary>A line of nothing but white space, or an empty line.</summary>
    public static readonly Parser<BlankLine> Blank =
        (from spaces in Spaces
         select new BlankLine()).End().Named("blank line");

    /// <summary>Any line: <c>なんとか時間までに会場につけた。</c>. It never fails.</summary>
    public static readonly Parser<ProseLine> Prose =
        (from text in RestOfLine
         select new ProseLine(text.Trim())).Named("prose");

    /// <summary>Any line, read as the first kind that fits, with the <see cref="BreakGrammar.DefaultBreakKeywords"/>.</summary>
    public static readonly Parser<LineSyntax> Line = LineWith(BreakGrammar.DefaultBreakKeywords);

    /// <summary>
    /// Any line, read as the first kind that fits, in this order: <see cref="Blank"/>, <see cref="DateGrammar.Timestamp"/>,
    /// <see cref="EventHeaderGrammar.EventHeader"/>, <see cref="BulletGrammar.Question"/>, <see cref="BulletGrammar.Answer"/>, <see cref="BulletGrammar.Bullet"/>,
    /// <see cref="TalkHeaderGrammar.TalkHeader"/>, a break heading, and <see cref="Prose"/>. It never fails.
    /// </summary>
    /// <param name="breakKeywords">The words that name a pause.</param>
    /// <returns>A parser of any line.</returns>
    public static Parser<LineSyntax> LineWith(IEnumerable<string> breakKeywords) =>
        FirstOf(
            Blank.As(),
            DateGrammar.Timestamp.As(),
            EventHeaderGrammar.EventHeader.As(),
            BulletGrammar.Question.As(),
            BulletGrammar.Answer.As(),
            BulletGrammar.Bullet.As(),
            TalkHeaderGrammar.TalkHeader.As(),
            BreakGrammar.BreakHeading(breakKeywords).As(),
            Prose.As())
            .Named("line");

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
