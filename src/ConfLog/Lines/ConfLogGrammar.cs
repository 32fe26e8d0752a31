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
public static class ConfLogGrammar
{
    /// <summary>A line of nothing but white space, or an empty line: <c>\u3000 </c>.</summary>
    public static readonly Parser<BlankLine> Blank =
        (from spaces in Spaces
         select BlankInstance).End().Named("blank line");

    /// <summary>Any line: <c>なんとか時間までに会場につけた。</c>. It never fails.</summary>
    public static readonly Parser<ProseLine> Prose =
        (from text in RestOfLine
         select new ProseLine(text.Trim())).Named("prose");

    // Static fields are initialized in order, and Line is built from these: they come first.

    // A blank line says nothing but that it is blank: one instance serves them all (records compare by value).
    internal static readonly BlankLine BlankInstance = new();

    // Blank in one pass: white space to the end.
    internal static readonly LineScan BlankReader = (line, start) => SkipSpaces(line, start) == line.Length ? BlankInstance : null;

    // Prose in one pass: the rest of the line, trimmed; its index is where the text starts.
    internal static readonly LineScan ProseReader = (line, start) =>
    {
        int first = SkipSpaces(line, start);
        return new ProseLine(LinePart.In(line, first, OnePass.TrimmedEnd(line, first) - first));
    };

    /// <summary>Any line of the default dialect (<see cref="ConfLogOptions.Default"/>), read as the first kind that fits.</summary>
    public static readonly Parser<LineSyntax> Line = LineOf(ConfLogOptions.Default);

    /// <summary>
    /// Any line of the dialect <paramref name="options"/> describe, read as the first kind that fits, in this order:
    /// <see cref="Blank"/>; the user's <see cref="ConfLogOptions.Recognizers"/>; a timestamp; a Markdown heading (when
    /// <see cref="ConfLogOptions.MarkdownHeadings"/>); an event header; a question; an answer; a bullet; a talk header;
    /// a break heading; and <see cref="Prose"/>. It never fails: <c>- Q: 日本語ポストは?</c> is a question.
    /// </summary>
    /// <param name="options">The dialect: markers, keywords, separators, recognizers.</param>
    /// <returns>A parser of any line.</returns>
    /// <remarks>
    /// It reads every line as the chain of the kinds' queries would (tests hold the two together), but a kind is tried
    /// only on lines whose first non-blank character it can start with (<c>[</c> a timestamp, <c>#</c> a heading, a
    /// bullet marker or a question or answer word the bulleted kinds, a line with <c> / </c> a talk header, a short
    /// line a break heading), and the frequent kinds run a reader that reads the line in one pass, kept beside their
    /// query. Build it once per dialect: building costs far more than reading a line.
    /// </remarks>
    public static Parser<LineSyntax> LineOf(ConfLogOptions options) =>
        LineKinds.Dispatching(LineKinds.Of(Guard.NotNull(options, nameof(options))));

    // LineOf without Sprache's input and result per line, for LineReader: the same table, the same readers.
    internal static LineScan ScanOf(ConfLogOptions options) =>
        LineKinds.Scanning(LineKinds.Of(Guard.NotNull(options, nameof(options))));

    // The chain of the kinds' queries, tried in turn: the definition LineOf must agree with, line for line (LineFastPathTests).
    internal static Parser<LineSyntax> ReferenceLineOf(ConfLogOptions options) =>
        LineKinds.Chain(LineKinds.Of(Guard.NotNull(options, nameof(options))));
}
