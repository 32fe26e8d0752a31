using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>Markdown headings: <c># Title</c> to <c>###### Title</c>, closing <c>#</c> signs allowed.</summary>
public static class HeadingGrammar
{
    /// <summary>
    /// A Markdown heading: <c>## for loops</c>. When its text has the talk header form
    /// (<c>## TwitVisor / 島田恭平(筑波大学)</c>), <see cref="HeadingLine.Talk"/> holds that header.
    /// </summary>
    public static readonly Parser<HeadingLine> Heading = HeadingOf(TalkHeaderGrammar.TalkHeader);

    // The signs and the text, before looking for a talk header in it.
    private static readonly Parser<(int Level, LinePart Text)> Signs =
        (from indent in Run(c => c == ' ', "indentation", minLength: 0)
         where indent.Length < 4
         from signs in Run(c => c == '#', "heading marker")
         where signs.Length <= 6
         from gap in RequiredSpaces.Or(RestOfLine.Where(rest => rest.Length == 0))
         from text in RestOfLine
         select (signs.Length, WithoutClosingSigns(text.Trim()))).Named("heading");

    /// <summary>Builds the heading parser that reads talk headers with <paramref name="talkHeader"/>.</summary>
    /// <param name="talkHeader">The talk header parser of the dialect.</param>
    /// <returns>A parser of heading lines.</returns>
    public static Parser<HeadingLine> HeadingOf(Parser<TalkHeaderLine> talkHeader)
    {
        Guard.NotNull(talkHeader, nameof(talkHeader));
        return input =>
        {
            var heading = Signs(input);
            if (!heading.WasSuccessful)
            {
                return Result.Failure<HeadingLine>(heading.Remainder, heading.Message, heading.Expectations);
            }

            var (level, text) = heading.Value;
            var talk = text.Length == 0 ? null : talkHeader(Slice(input.Source, text));
            return Result.Success(new HeadingLine(level, text, talk is { WasSuccessful: true } ? talk.Value : null), heading.Remainder);
        };
    }

    /// <summary>
    /// <see cref="HeadingOf"/> read in one pass, for the line reader: the signs counted and the text taken where it
    /// stands. The query builds its later parsers anew on every heading, which cost most of reading one;
    /// <c>LineFastPathTests</c> holds the two together. On <c>### Day 2 ###</c> it gives level 3 and <c>Day 2</c>.
    /// </summary>
    /// <param name="talkHeader">The talk header reader of the dialect (<see cref="TalkHeaderGrammar.TalkHeaderScanOf"/>).</param>
    /// <returns>A reader of heading lines, giving null where the query fails.</returns>
    internal static LineScan HeadingReaderOf(LineScan talkHeader) =>
        (s, at) =>
        {
            int p = at;
            while (p < s.Length && s[p] == ' ')
            {
                p++;
            }

            int signs = p;
            while (p < s.Length && s[p] == '#')
            {
                p++;
            }

            int level = p - signs;
            if (signs - at >= 4 || level == 0 || level > 6 || (p < s.Length && !IsSpace(s[p])))
            {
                return null;
            }

            int start = SkipSpaces(s, p);
            var text = WithoutClosingSigns(LinePart.In(s, start, s.Length - start).TrimEnd());

            // The talk header reader reads to the end of its line: give it the line up to the heading's text's end.
            var talk = text.Length == 0 ? null : talkHeader(s.Prefix(text.Index + text.Length), text.Index) as TalkHeaderLine;
            return new HeadingLine(level, text, talk);
        };

    // The talk header parser reads to the end of its input: give it the heading's text alone, at its own index.
    private static LineInput Slice(string line, LinePart text) =>
        text.Index + text.Length == line.Length ? new LineInput(line, text.Index) : new LineInput(line.Substring(0, text.Index + text.Length), text.Index);

    private static LinePart WithoutClosingSigns(LinePart text)
    {
        string value = text.Text;
        int end = value.Length;
        while (end > 0 && value[end - 1] == '#')
        {
            end--;
        }

        // "## C#" keeps its sign: closing signs must stand apart from the text.
        return end < value.Length && (end == 0 || IsSpace(value[end - 1]))
            ? new LinePart(value.Substring(0, end), text.Index).TrimEnd()
            : text;
    }
}
