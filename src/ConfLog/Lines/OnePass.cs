using ConfLog.Text;
using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>
/// What the one-pass readers beside the rules share: they read a whole line by index, with no closure, result or input
/// per step, and end where a rule's query ends (at the end of the line). The queries never use these, so that
/// <c>LineFastPathTests</c>, which compares the two, would see a mistake in one of them.
/// </summary>
internal static class OnePass
{
    private static readonly string[] Expected = { "line" };

    // Every one-pass reader reads to the end of the line, as its query does (they end in .End()).
    public static IResult<T> Success<T>(T value, IInput input) =>
        Result.Success(value, LineInput.Skip(input, input.Source.Length - input.Position));

    // The dispatcher keeps only the first failure of a line that no kind reads, and the line grammar never fails
    // (prose reads anything): a reader's failure says only that this is not its kind.
    public static IResult<T> Fail<T>(IInput input) => Result.Failure<T>(input, "not this kind of line", Expected);

    // A reader as a parser: its line from the input's position, read to the end, or a failure that says only "not this kind".
    public static Parser<LineSyntax> ParserOf(LineScan scan) =>
        input => scan(input.Source, input.Position) is { } syntax ? Success(syntax, input) : Fail<LineSyntax>(input);

    // A kind's rule as a scan, for the dispatch of a kind with no one-pass reader of its own (a user's recognizer):
    // the rule reads a string cut out of the line.
    public static LineScan ScanOf(Parser<LineSyntax> parser) =>
        (line, start) => parser(new LineInput(line.ToString(), start)) is { WasSuccessful: true } result ? result.Value : null;

    // Exactly count ASCII digits at p, as TextRuns.Number reads them; p moves past them only when they are there.
    public static bool Digits(LineText s, ref int p, int count, out int value)
    {
        value = 0;
        if (p + count > s.Length)
        {
            return false;
        }

        for (int i = p; i < p + count; i++)
        {
            char c = s[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        p += count;
        return true;
    }

    // string.CompareOrdinal(line, at, text, 0, text.Length) == 0, without its argument checks on every marker of every line.
    public static bool StartsWith(LineText line, int at, string text)
    {
        if (at + text.Length > line.Length || line[at] != text[0])
        {
            return false;
        }

        for (int i = 1; i < text.Length; i++)
        {
            if (line[at + i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    // The first of words (longest first) that stands at at, or null.
    public static string? WordAt(LineText line, int at, string[] words)
    {
        foreach (string word in words)
        {
            if (StartsWith(line, at, word))
            {
                return word;
            }
        }

        return null;
    }

    // The rest of the line from p without its trailing white space, as RestOfLine then LinePart.TrimEnd give it.
    public static LinePart Rest(LineText s, int p) => LinePart.In(s, p, TrimmedEnd(s, p) - p);

    // The text between start and end trimmed at both ends, as LinePart.Trim gives it.
    public static LinePart Trimmed(LineText s, int start, int end)
    {
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return LinePart.In(s, start, end - start);
    }

    // The index after the last character of the line that is not white space, and no less than start.
    public static int TrimmedEnd(LineText s, int start)
    {
        int end = s.Length;
        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return end;
    }
}
