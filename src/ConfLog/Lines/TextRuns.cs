using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfLog.Text;
using Sprache;

namespace ConfLog.Lines;

/// <summary>
/// The text primitives the line grammar is made of. Each consumes a whole run of characters in one
/// step: Sprache's own character parsers allocate an input, a closure and a failure message per character.
/// </summary>
/// <remarks>
/// They read one line: their input is the text of a single line, without its line ending, and nothing here treats
/// <c>\n</c> or <c>\r</c> as the end of anything. "The end of the line" is the end of the input: <see cref="RestOfLine"/>
/// reads to the end of its input, whatever it holds, and <see cref="UpToLast"/> looks for the last separator in all of
/// it. Split a text into lines first (the parser does), or give these one line at a time.
/// </remarks>
public static class TextRuns
{
    /// <summary>The current index in the line, consuming nothing.</summary>
    public static readonly Parser<int> CurrentIndex = input => Result.Success(input.Position, input);

    /// <summary>A colon, ASCII <c>:</c> or full-width <c>：</c>.</summary>
    public static readonly Parser<char> Colon = Parse.Chars(':', '：').Named("colon");

    /// <summary>
    /// Text in ASCII or full-width parentheses, either closing bracket accepted: <c>茗荷谷</c> in <c>(茗荷谷)</c>,
    /// <c>イーゲル</c> in <c>（イーゲル）</c>.
    /// </summary>
    public static readonly Parser<LinePart> Parenthesized =
        (from open in Parse.Chars('(', '（')
         from content in RunUntil((s, i) => s[i] == ')' || s[i] == '）', "text", minLength: 0)
         from close in Parse.Chars(')', '）')
         select content).Named("parenthesized text");

    /// <summary>
    /// A run of at least <paramref name="minLength"/> characters that satisfy <paramref name="predicate"/>,
    /// taken in one step. <c>Run(char.IsDigit, "digits")</c> on <c>2012-</c> gives <c>2012</c>.
    /// </summary>
    /// <param name="predicate">Which characters belong to the run.</param>
    /// <param name="name">What the run is, for error messages.</param>
    /// <param name="minLength">The fewest characters accepted.</param>
    /// <returns>A parser of the run and its index in the line.</returns>
    public static Parser<LinePart> Run(Func<char, bool> predicate, string name, int minLength = 1) =>
        RunUntil((text, i) => !predicate(text[i]), name, minLength);

    /// <summary>
    /// A run of characters up to (not including) the first index where <paramref name="stopsAt"/> holds,
    /// or to the end of the line. The stop test sees the whole line, so it can look ahead.
    /// </summary>
    /// <param name="stopsAt">Given the line and an index, whether the run stops there.</param>
    /// <param name="name">What the run is, for error messages.</param>
    /// <param name="minLength">The fewest characters accepted.</param>
    /// <returns>A parser of the run and its index in the line.</returns>
    public static Parser<LinePart> RunUntil(Func<string, int, bool> stopsAt, string name, int minLength = 1)
    {
        Guard.NotNull(stopsAt, nameof(stopsAt));
        return input =>
        {
            string source = input.Source;
            int start = input.Position;
            int end = start;
            while (end < source.Length && !stopsAt(source, end))
            {
                end++;
            }

            if (end - start < minLength)
            {
                return Result.Failure<LinePart>(input, $"unexpected {Describe(source, start)}, expected {name}", new[] { name });
            }

            return Result.Success(LinePart.In(source, start, end - start), LineInput.Skip(input, end - start));
        };
    }

    /// <summary>
    /// The rest of the line, however long, taken in one step; it never fails. It reads to the end of its input, line
    /// endings included, so give it one line. On <c>- A: 未解決。</c> after <c>- A: </c> it gives <c>未解決。</c>.
    /// </summary>
    public static readonly Parser<LinePart> RestOfLine = RunUntil((_, _) => false, "text", minLength: 0).Named("rest of line");

    /// <summary>Zero or more spaces, tabs or ideographic spaces, taken in one step.</summary>
    public static readonly Parser<LinePart> Spaces = Run(IsSpace, "space", minLength: 0).Named("spaces");

    /// <summary>One or more spaces, tabs or ideographic spaces, taken in one step.</summary>
    public static readonly Parser<LinePart> RequiredSpaces = Run(IsSpace, "space").Named("space");

    /// <summary>
    /// The text up to the last occurrence of <paramref name="separator"/> in the line (the separator
    /// is not consumed). On <c>A - B / C / D</c> with <c>" / "</c> it gives <c>A - B / C</c>.
    /// </summary>
    /// <param name="separator">The separator to look for.</param>
    /// <param name="name">What the text is, for error messages.</param>
    /// <returns>A parser that fails when the separator does not occur after the current position.</returns>
    public static Parser<LinePart> UpToLast(string separator, string name)
    {
        if (string.IsNullOrEmpty(separator))
        {
            throw new ArgumentException("The separator must not be empty.", nameof(separator));
        }

        return input =>
        {
            int at = input.Source.LastIndexOf(separator, StringComparison.Ordinal);
            if (at < input.Position)
            {
                return Result.Failure<LinePart>(input, $"no '{separator}' in the rest of the line", new[] { name });
            }

            var part = LinePart.In(input.Source, input.Position, at - input.Position);
            return Result.Success(part, LineInput.Skip(input, at - input.Position));
        };
    }

    /// <summary>
    /// A number written with <paramref name="minDigits"/> to <paramref name="maxDigits"/> ASCII digits,
    /// between <paramref name="min"/> and <paramref name="max"/>. Out of range, it fails with a message
    /// such as <c>unexpected '13' in month, expected 01-12</c>.
    /// </summary>
    /// <param name="minDigits">The fewest digits.</param>
    /// <param name="maxDigits">The most digits.</param>
    /// <param name="min">The smallest value accepted.</param>
    /// <param name="max">The largest value accepted.</param>
    /// <param name="name">What the number is (<c>month</c>, <c>minute</c>), for error messages.</param>
    /// <returns>A parser of the number's value.</returns>
    public static Parser<int> Number(int minDigits, int maxDigits, int min, int max, string name)
    {
        string expected = string.Format(CultureInfo.InvariantCulture, "expected {0}-{1}", Pad(min, minDigits), Pad(max, minDigits));
        return input =>
        {
            string source = input.Source;
            int start = input.Position;
            int end = start;
            int value = 0;
            while (end < source.Length && end - start < maxDigits && source[end] >= '0' && source[end] <= '9')
            {
                value = (value * 10) + (source[end] - '0');
                end++;
            }

            if (end - start < minDigits || value < min || value > max)
            {
                int shown = Math.Max(end, Math.Min(source.Length, start + minDigits));
                string found = shown > start ? $"'{source.Substring(start, shown - start)}'" : "end of line";
                return Result.Failure<int>(input, $"unexpected {found} in {name}, {expected}", Array.Empty<string>());
            }

            return Result.Success(value, LineInput.Skip(input, end - start));
        };
    }

    /// <summary>
    /// Succeeds without consuming anything when <paramref name="holds"/> is true at the current position;
    /// a look-ahead that allocates nothing.
    /// </summary>
    /// <param name="holds">Given the line and the current index (which is before the end), whether to succeed.</param>
    /// <param name="name">What is expected there, for error messages.</param>
    /// <returns>A parser of <see cref="Unit"/>.</returns>
    public static Parser<Unit> Ahead(Func<string, int, bool> holds, string name) =>
        input => !input.AtEnd && holds(input.Source, input.Position)
            ? Result.Success(Unit.Value, input)
            : Result.Failure<Unit>(input, $"unexpected {Describe(input.Source, input.Position)}, expected {name}", new[] { name });

    /// <summary>
    /// First-character dispatch: the first of <paramref name="cases"/> that succeeds, like trying each in turn, but
    /// a case is tried only when the first non-blank character is one of its <see cref="DispatchCase{T}.FirstCharacters"/>
    /// and its <see cref="DispatchCase{T}.Condition"/> holds. The cases for a character are worked out once, here, so
    /// a line costs one table look-up however many kinds the grammar has, and a line that cannot be a kind never runs
    /// (nor fails) its parser. Whatever a case consumes, its success is the result; when none succeeds, the first failure.
    /// </summary>
    /// <typeparam name="T">What the cases return.</typeparam>
    /// <param name="name">What the whole is, for the error message when no case applies.</param>
    /// <param name="cases">The alternatives, in order of preference.</param>
    /// <returns>A parser of the first alternative that fits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or one of them is null.</exception>
    public static Parser<T> Dispatch<T>(string name, params DispatchCase<T>[] cases)
    {
        Guard.NotNull(cases, nameof(cases));
        var table = new FirstCharacterTable<DispatchCase<T>>(cases.Select(c => Guard.NotNull(c, nameof(cases))).ToArray(), c => c.FirstCharacters);
        var expected = new[] { name };
        return input =>
        {
            string line = input.Source;
            int first = SkipSpaces(line, input.Position);
            IResult<T>? failure = null;
            foreach (var kind in table.For(line, first))
            {
                if (kind.Condition is { } condition && !condition(line, first))
                {
                    continue;
                }

                var result = kind.Parser(input);
                if (result.WasSuccessful)
                {
                    return result;
                }

                failure ??= result;
            }

            return failure ?? Result.Failure<T>(input, $"unexpected {Describe(line, first)}, expected {name}", expected);
        };
    }

    /// <summary>Tells whether <paramref name="c"/> is a space, a tab or an ideographic space (U+3000).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for the white space that separates words in notes.</returns>
    public static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u3000';

    private static string Pad(int value, int digits) => value.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');

    private static string Describe(string source, int index) =>
        index < source.Length ? "'" + source[index] + "'" : "end of line";

    // An optional part, or null when it is not there: a part is a value, whose default is an empty part, not "none".
    internal static LinePart? OrNone(this IOption<LinePart> option) => option.IsDefined ? option.Get() : null;

    // The index of the first character at or after start that is not white space (or the line's length).
    internal static int SkipSpaces(LineText line, int start)
    {
        while (start < line.Length && IsSpace(line[start]))
        {
            start++;
        }

        return start;
    }
}
