using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ConfLog.Structure;

/// <summary>
/// The date of a day heading, from the date the reader found written in it: <c>2019-07-10</c>, <c>2020/08/16</c>,
/// <c>9/3/2025</c> (month first, as a slash with the year last is written in English notes), <c>10.4.22</c> (day
/// first), <c>2018 年 11 月 03 日</c>, <c>June 4-6, 2019</c>. A date written without its year (<c>May 2</c>,
/// <c>7月10日</c>) gives none: a year is never invented.
/// </summary>
internal static class DayDate
{
    private static readonly Regex YearFirst = new(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", RegexOptions.CultureInvariant);
    private static readonly Regex MonthFirst = new(@"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", RegexOptions.CultureInvariant);
    private static readonly Regex DayFirst = new(@"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b", RegexOptions.CultureInvariant);
    private static readonly Regex MonthName = new(@"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?,?\s+(\d{4})\b", RegexOptions.CultureInvariant);

    /// <summary>Reads the date, or gives null when it is not a whole date.</summary>
    /// <param name="written">The date as written, or null.</param>
    /// <returns>The date, or null.</returns>
    public static DateTime? Of(string? written)
    {
        if (written is null || written.Length > 40)
        {
            return null;
        }

        string text = written.Trim();
        if (YearFirst.Match(text) is { Success: true } ymd)
        {
            return Make(Number(ymd, 1), Number(ymd, 2), Number(ymd, 3));
        }

        if (MonthFirst.Match(text) is { Success: true } mdy)
        {
            return Make(Year(Number(mdy, 3)), Number(mdy, 1), Number(mdy, 2));
        }

        if (DayFirst.Match(text) is { Success: true } dmy)
        {
            return Make(Year(Number(dmy, 3)), Number(dmy, 2), Number(dmy, 1));
        }

        if (MonthName.Match(text) is { Success: true } named
            && DateTime.TryParseExact(named.Groups[1].Value.Substring(0, 3), "MMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return Make(Number(named, 3), month.Month, Number(named, 2));
        }

        return null;
    }

    /// <summary>The first whole date written anywhere in <paramref name="text"/> (a title): <c>10/8/2024</c> in <c>SmashingConf New York 2024 - 10/8/2024</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or null.</returns>
    public static DateTime? Find(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // A date starts a word: a digit or a letter after a non-letter, non-digit (or at the start).
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && Of(text.Substring(i, Math.Min(40, text.Length - i))) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Year(int written) => written < 100 ? 2000 + written : written;

    private static DateTime? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day)
            : null;
}
