using System;
using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>Dates, clock times and timestamp lines: <c>[2012-12-04 10:40]</c>.</summary>
public static class DateGrammar
{
    /// <summary>The separator inside a date: <c>-</c> as in <c>2012-12-04</c>, or <c>/</c> as in <c>2012/12/04</c>.</summary>
    public static readonly Parser<char> DateSeparator = Parse.Chars('-', '/').Named("date separator");

    /// <summary>
    /// A calendar date, <c>2012-12-04</c> or <c>2012/12/04</c>, the same separator twice. Impossible dates fail
    /// with a message naming the field: <c>2012-13-45</c> gives <c>unexpected '13' in month, expected 01-12</c>,
    /// and <c>2013-02-29</c> gives <c>unexpected '29' in day, expected 01-28</c>.
    /// </summary>
    public static readonly Parser<DateTime> Date =
        (from year in Number(4, 4, 1, 9999, "year")
         from separator in DateSeparator
         from month in Number(2, 2, 1, 12, "month")
         from second in Parse.Char(separator)
         from day in Number(2, 2, 1, DateTime.DaysInMonth(year, month), "day")
         select new DateTime(year, month, day)).Named("date");

    /// <summary>
    /// A time of day with two-digit hours and minutes and optional seconds: <c>10:40</c>, <c>10:40:15</c>.
    /// <c>25:61</c> fails with <c>unexpected '25' in hour, expected 00-23</c>, and a colon after the minutes commits to
    /// seconds: <c>10:40:61</c> fails with <c>unexpected '61' in second, expected 00-59</c>.
    /// </summary>
    public static readonly Parser<(TimeSpan Time, bool HasSeconds)> TimeOfDay =
        (from hour in Number(2, 2, 0, 23, "hour")
         from colon in Parse.Char(':')
         from minute in Number(2, 2, 0, 59, "minute")
         from seconds in
             (from colon2 in Parse.Char(':')
              from second in Number(2, 2, 0, 59, "second")
              select second).XOptional()
         select (new TimeSpan(hour, minute, seconds.GetOrDefault()), seconds.IsDefined)).Named("time of day");

    /// <summary>A clock time as written in opening hours, with one or two digits for the hour: <c>9:30</c>, <c>17:50</c>.</summary>
    public static readonly Parser<TimeSpan> ClockTime =
        (from hour in Number(1, 2, 0, 23, "hour")
         from colon in Parse.Char(':')
         from minute in Number(2, 2, 0, 59, "minute")
         select new TimeSpan(hour, minute, 0)).Named("clock time");

    /// <summary>
    /// The dash of a range of times, with optional spaces around it: <c>〜</c> (U+301C), <c>～</c> (U+FF5E),
    /// <c>~</c>, <c>-</c> or <c>–</c> (U+2013). In <c>10:10 ~ 17:50</c> it takes <c> ~ </c>.
    /// </summary>
    public static readonly Parser<char> RangeDash =
        (from before in Spaces
         from dash in Parse.Chars('〜', '～', '~', '-', '–')
         from after in Spaces
         select dash).Named("range dash");

    /// <summary>Opening hours: <c>10:10〜17:50</c>, <c>09:30-18:00</c>, <c>10:10 ~ 17:50</c>.</summary>
    public static readonly Parser<TimeRange> Hours =
        (from start in ClockTime
         from dash in RangeDash
         from end in ClockTime
         select new TimeRange(start, end)).Named("hours");

    /// <summary>
    /// A timestamp line: <c>[2012-12-04 10:40]</c>, with seconds <c>[2012-12-04 10:40:15]</c>, or with slashes
    /// <c>[2012/12/04 10:40]</c>. White space may surround it; nothing else may share its line.
    /// </summary>
    public static readonly Parser<TimestampLine> Timestamp =
        (from leading in Spaces
         from open in Parse.Char('[')
         from date in Date
         from space in RequiredSpaces
         from time in TimeOfDay
         from close in Parse.Char(']')
         from trailing in Spaces
         select new TimestampLine(date + time.Time, time.HasSeconds)).End().Named("timestamp");

    /// <summary>
    /// The form of a timestamp with no check of its values: <c>[2012-13-45 25:61]</c> has it, <c>[2012-12-04 10:4]</c>
    /// does not. A line with this form that is not a <see cref="Timestamp"/> has an impossible date or time.
    /// </summary>
    public static readonly Parser<Unit> TimestampShape =
        (from leading in Spaces
         from open in Parse.Char('[')
         from year in Digits(4)
         from separator in DateSeparator
         from month in Digits(2)
         from second in Parse.Char(separator)
         from day in Digits(2)
         from space in RequiredSpaces
         from hour in Digits(2)
         from colon in Parse.Char(':')
         from minute in Digits(2)
         from seconds in Parse.Char(':').Then(_ => Digits(2)).Optional()
         from close in Parse.Char(']')
         from trailing in Spaces
         select Unit.Value).End().Named("timestamp shape");

    private static Parser<LinePart> Digits(int count) =>
        Run(char.IsDigit, "digit").Where(digits => digits.Length == count);

    /// <summary>
    /// <see cref="Timestamp"/> in one pass: <c>[yyyy-MM-dd HH:mm(:ss)]</c>, the same separator twice, every value in
    /// range, white space around it and nothing else on the line. It says only whether the line is one; the query says why not.
    /// </summary>
    internal static readonly LineScan TimestampReader = (s, start) =>
    {
        int n = s.Length;
        int p = SkipSpaces(s, start);
        if (p >= n || s[p] != '[')
        {
            return null;
        }

        p++;
        if (!OnePass.Digits(s, ref p, 4, out int year) || year < 1 || p >= n || (s[p] != '-' && s[p] != '/'))
        {
            return null;
        }

        char separator = s[p++];
        if (!OnePass.Digits(s, ref p, 2, out int month) || month < 1 || month > 12 || p >= n || s[p] != separator)
        {
            return null;
        }

        p++;
        if (!OnePass.Digits(s, ref p, 2, out int day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        int afterSpace = SkipSpaces(s, p);
        if (afterSpace == p)
        {
            return null;
        }

        p = afterSpace;

        if (!OnePass.Digits(s, ref p, 2, out int hour) || hour > 23 || p >= n || s[p] != ':')
        {
            return null;
        }

        p++;
        if (!OnePass.Digits(s, ref p, 2, out int minute) || minute > 59)
        {
            return null;
        }

        // Optional seconds: after a colon they must be there and in range.
        int second = 0;
        bool hasSeconds = p < n && s[p] == ':';
        if (hasSeconds)
        {
            p++;
            if (!OnePass.Digits(s, ref p, 2, out second) || second > 59)
            {
                return null;
            }
        }

        if (p >= n || s[p] != ']' || SkipSpaces(s, p + 1) != n)
        {
            return null;
        }

        return new TimestampLine(new DateTime(year, month, day) + new TimeSpan(hour, minute, second), hasSeconds);
    };
}
