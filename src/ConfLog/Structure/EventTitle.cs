using System;
using System.Globalization;
using ConfLog.Lines;

namespace ConfLog.Structure;

/// <summary>
/// Finds the date and hours written in an event's title: <c># 第5回 API設計 2020/08/16 14:00-17:00</c>.
/// ISO dates first (with the line grammar's own parsers), then the dates of the options' culture.
/// </summary>
internal static class EventTitle
{
    public static (DateTime? Date, TimeRange? Hours) Facts(string title, CultureInfo culture)
    {
        DateTime? date = null;
        TimeRange? hours = null;
        for (int i = 0; i < title.Length; i++)
        {
            if (!char.IsDigit(title[i]) || (i > 0 && char.IsDigit(title[i - 1])))
            {
                continue;
            }

            if (date is null)
            {
                var found = DateGrammar.Date(new LineInput(title, i));
                if (found.WasSuccessful)
                {
                    date = found.Value;
                    i = found.Remainder.Position - 1;
                    continue;
                }
            }

            if (hours is null)
            {
                var range = DateGrammar.Hours(new LineInput(title, i));
                if (range.WasSuccessful)
                {
                    hours = range.Value;
                    i = range.Remainder.Position - 1;
                }
            }
        }

        return (date ?? CultureDate(title, culture), hours);
    }

    // "PyCon US, May 3, 2019": try every run of up to four words against the culture's own date formats.
    private static DateTime? CultureDate(string title, CultureInfo culture)
    {
        if (ReferenceEquals(culture, CultureInfo.InvariantCulture))
        {
            return null;
        }

        string[] words = title.Split(BreakGrammar.WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        for (int length = 4; length >= 1; length--)
        {
            for (int start = 0; start + length <= words.Length; start++)
            {
                string candidate = string.Join(" ", words, start, length).Trim(',', '.', '(', ')');
                // A date without its year would be completed from today's: only a date that names its year counts.
                if (DateTime.TryParse(candidate, culture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault, out var date)
                    && candidate.Contains(date.Year.ToString("0000", CultureInfo.InvariantCulture)))
                {
                    return date.Date;
                }
            }
        }

        return null;
    }


}
