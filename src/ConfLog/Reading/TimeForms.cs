using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sprache;

namespace ConfLog.Reading;

/// <summary>
/// Times that open or close a header: <c>9:30am</c>, <c>2:15 pm</c>, <c>13:00</c>, <c>13:00-13:30</c>, <c>13:00〜</c>,
/// <c>9:15am to 9:45am</c>, <c>9:50am \- 10:00am</c>; the start (and end) as 24-hour <c>HH:MM</c>.
/// </summary>
internal static class TimeForms
{
    // The clock's later pieces, built once: a LINQ query builds each later "from" parser anew every time it runs.
    private static readonly Parser<char> ClockColon = Parse.Chars(":：");

    // ASCII digits only: char.IsDigit takes full-width and Arabic-Indic digits too, which int.Parse then refuses.
    private static readonly Parser<char> AsciiDigit = Parse.Char(c => c >= '0' && c <= '9', "digit");

    private static readonly Parser<string> Minutes = AsciiDigit.Repeat(2).Text();

    private static readonly Parser<string> HalfWord =
        Parse.IgnoreCase("am").Or(Parse.IgnoreCase("pm")).Or(Parse.IgnoreCase("a.m.")).Or(Parse.IgnoreCase("p.m.")).Text();

    private static readonly Parser<IOption<string>> Half = Parse.Char(' ').Optional().Then(_ => HalfWord).Optional();

    private static readonly Parser<IEnumerable<char>> Blanks = Parse.Chars(" \t").Many();

    /// <summary>A clock time with an optional am/pm: <c>9:15am</c>, <c>2:15 pm</c>, <c>13:00</c>, full-width colon too.</summary>
    public static readonly Parser<(int Hour, int Minute, string? Half)> Clock =
        (from hour in AsciiDigit.AtLeastOnce().Text().Where(h => h.Length <= 2)
         from colon in ClockColon
         from minute in Minutes
         from half in Half
         let h = int.Parse(hour, CultureInfo.InvariantCulture)
         let m = int.Parse(minute, CultureInfo.InvariantCulture)
         where h < 24 && m < 60
         select (h, m, half.IsDefined ? half.Get().Substring(0, 1).ToLowerInvariant() : null)).Named("clock time");

    private static readonly Parser<string> Dash =
        Parse.String("\\-").Text().Or(Parse.Chars("-–—~〜～").Once().Text()).Or(Parse.IgnoreCase("to").Text()).Named("time range dash");

    // After a start time: the dash and the end time, if written.
    private static readonly Parser<IOption<IOption<(int Hour, int Minute, string? Half)>>> RangeEnd =
        (from s1 in Blanks
         from dash in Dash
         from s2 in Blanks
         from end in OptionalClock
         select end).Optional();

    private static readonly Parser<IOption<(int Hour, int Minute, string? Half)>> OptionalClock = Clock.Optional();

    /// <summary>A time or a range: <c>13:00-13:45</c>, <c>9:15am to 9:45am</c>, <c>13:00〜</c>.</summary>
    public static readonly Parser<(string Start, string? End)> Range =
        (from start in Clock
         from rest in RangeEnd
         let endTime = rest.IsDefined && rest.Get().IsDefined ? rest.Get().Get() : ((int, int, string?)?)null
         select (Format(start, endTime?.Item3), endTime is { } e ? Format(e, e.Item3) : null)).Named("time range");

    // A range that ends its header, perhaps inside a parenthesis: "(13:00-13:30)".
    private static readonly Parser<(string Start, string? End)> RangeToEnd =
        from range in Range
        from close in ClosingAtEnd
        select range;

    private static readonly Parser<IEnumerable<char>> ClosingAtEnd = Parse.Chars(" )").Many().End();

    /// <summary>
    /// A time range at the start or at the end of <paramref name="text"/>, and the text without it:
    /// <c>Async in practice 9:15am to 9:45am</c> gives 09:15, 09:45 and the title.
    /// </summary>
    public static bool TryTake(string text, out string rest, out string start, out string? end)
    {
        rest = text;
        start = "";
        end = null;
        if (text.IndexOf(':') < 0 && text.IndexOf('：') < 0)
        {
            return false; // every clock time has its colon: most headers have none, and cost no parse
        }

        string t = text.Trim();
        if (t.Length == 0)
        {
            return false;
        }

        if (OpensClock(t, 0))
        {
            // The range, then the rest of the header after it (taken from the remainder in one step).
            bool read = ReadRange(t, 0, out var range, out int stop);
            string after = read ? t.Substring(stop) : "";
            if (read && (after.Length == 0 || !char.IsLetterOrDigit(after[0]) || after[0] > 127))
            {
                (start, end) = range;
                rest = after.Trim().TrimStart('-', '–', ':', '|', ' ').Trim();
                return true;
            }
        }

        // At the end: the leftmost word start after a space from which a range runs to the end (headers are short).
        for (int i = 1; i < t.Length; i++)
        {
            if (OpensClock(t, i) && (t[i - 1] == ' ' || t[i - 1] == '　' || t[i - 1] == '('))
            {
                if (ReadRange(t, i, out var range, out int stop) && ClosesAt(t, stop))
                {
                    (start, end) = range;
                    rest = t.Substring(0, i).TrimEnd(' ', '(', '-', '–', '|', '@').TrimEnd();
                    return rest.Length > 0;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="Range"/> read in one pass with no parser from <paramref name="at"/>: the range and where it stops. Sprache
    /// allocates kilobytes for a time, and the headers and lines of a file hold many; the parser stays the definition,
    /// held to it by a differential test.
    /// </summary>
    public static bool ReadRange(string t, int at, out (string Start, string? End) range, out int stop)
    {
        range = default;
        stop = at;
        if (!ReadClock(t, at, out var first, out int next))
        {
            return false;
        }

        (int Hour, int Minute, string? Half)? second = null;
        stop = next;
        int k = SkipBlanks(t, next);
        int dash = DashLength(t, k);
        if (dash > 0)
        {
            k = SkipBlanks(t, k + dash);
            stop = k;
            if (ReadClock(t, k, out var e, out int afterEnd))
            {
                second = e;
                stop = afterEnd;
            }
        }

        range = (Format(first, second?.Half), second is { } s ? Format(s, s.Half) : null);
        return true;
    }

    // "13:00)" ends its header: only spaces and closing parentheses after the range.
    private static bool ClosesAt(string t, int at)
    {
        for (int i = at; i < t.Length; i++)
        {
            if (t[i] != ' ' && t[i] != ')')
            {
                return false;
            }
        }

        return true;
    }

    private static bool ReadClock(string t, int at, out (int Hour, int Minute, string? Half) clock, out int stop)
    {
        clock = default;
        stop = at;
        int digits = 0;
        while (at + digits < t.Length && IsAsciiDigit(t[at + digits]))
        {
            digits++;
        }

        int colon = at + digits;
        if (digits == 0 || digits > 2 || colon + 2 >= t.Length || (t[colon] != ':' && t[colon] != '：')
            || !IsAsciiDigit(t[colon + 1]) || !IsAsciiDigit(t[colon + 2]))
        {
            return false;
        }

        int h = Number(t, at, digits);
        int m = Number(t, colon + 1, 2);
        int end = colon + 3;
        string? half = null;
        int word = end < t.Length && t[end] == ' ' ? end + 1 : end;
        int halfLength = HalfLength(t, word); // a space with no am/pm after it is not the clock's
        if (halfLength > 0)
        {
            half = LowerCase.Of(t.Substring(word, 1));
            end = word + halfLength;
        }

        if (h >= 24 || m >= 60)
        {
            return false;
        }

        clock = (h, m, half);
        stop = end;
        return true;
    }

    // The digits were checked by IsAsciiDigit, as the parser's AsciiDigit checks them.
    private static int Number(string t, int at, int length)
    {
        int n = 0;
        for (int i = at; i < at + length; i++)
        {
            n = n * 10 + (t[i] - '0');
        }

        return n;
    }

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    // As the parser's alternatives, in their order: am, pm, a.m., p.m. in any case.
    private static int HalfLength(string t, int at)
    {
        foreach (string w in HalfWords)
        {
            if (StartsIgnoringCase(t, at, w))
            {
                return w.Length;
            }
        }

        return 0;
    }

    private static readonly string[] HalfWords = { "am", "pm", "a.m.", "p.m." };

    private static bool StartsIgnoringCase(string t, int at, string word)
    {
        if (at + word.Length > t.Length)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            if (char.ToLower(t[at + i], CultureInfo.CurrentCulture) != char.ToLower(word[i], CultureInfo.CurrentCulture))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipBlanks(string t, int at)
    {
        while (at < t.Length && (t[at] == ' ' || t[at] == '\t'))
        {
            at++;
        }

        return at;
    }

    // As the dash parser: "\-", one of - – — ~ 〜 ～, or "to" in any case; its length, 0 when none.
    private static int DashLength(string t, int at)
    {
        if (at + 1 < t.Length && t[at] == '\\' && t[at + 1] == '-')
        {
            return 2;
        }

        if (at < t.Length && "-–—~〜～".IndexOf(t[at]) >= 0)
        {
            return 1;
        }

        return StartsIgnoringCase(t, at, "to") ? 2 : 0;
    }

    // Whether a clock can start at i: one or two digits, then its colon. A parse that fails costs an input, a message and
    // a result, and a line of notes has many digits that open no time.
    private static bool OpensClock(string t, int i) =>
        char.IsDigit(t[i]) && i + 1 < t.Length
        && (t[i + 1] is ':' or '：' || (char.IsDigit(t[i + 1]) && i + 2 < t.Length && t[i + 2] is ':' or '：'));

    private static string Format((int Hour, int Minute, string? Half) time, string? fallbackHalf)
    {
        int h = time.Hour;
        string? half = time.Half ?? fallbackHalf;
        if (half == "p" && h < 12)
        {
            h += 12;
        }
        else if (half == "a" && h == 12)
        {
            h = 0;
        }

        return h.ToString("00", CultureInfo.InvariantCulture) + ":" + time.Minute.ToString("00", CultureInfo.InvariantCulture);
    }
}
