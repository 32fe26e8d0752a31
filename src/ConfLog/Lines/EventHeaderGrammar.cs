using System;
using ConfLog.Text;
using Sprache;
using static ConfLog.Lines.TextRuns;
using static ConfLog.Lines.DateGrammar;

namespace ConfLog.Lines;

/// <summary>The dated bullet at the top of a log that says when and where the event is.</summary>
public static class EventHeaderGrammar
{
    /// <summary>
    /// The event header: <c>- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50</c>. After the date come the venue, an
    /// optional detail in parentheses and optional <see cref="Hours"/>; each part may be left out
    /// (<c>- 2012-12-04 10:10〜17:50</c>, <c>- 2012-12-04 Tokyo</c>).
    /// </summary>
    public static readonly Parser<EventHeaderLine> EventHeader = EventHeaderOf(BulletGrammar.BulletMarker);

    /// <summary>Builds the event header parser on the dialect's bullet marker.</summary>
    /// <param name="bulletMarker">The bullet marker parser.</param>
    /// <returns>A parser of event header lines.</returns>
    public static Parser<EventHeaderLine> EventHeaderOf(Parser<LinePart> bulletMarker) =>
        (from marker in bulletMarker
         from afterMarker in Spaces
         from date in Date
         from gap in Spaces
         from venue in RunUntil((line, i) => EndsVenue(line, i), "venue", minLength: 0)
         from detail in Parenthesized.Optional()
         from hours in
             (from space in Spaces
              from range in Hours
              select range).Optional()
         from trailing in Spaces
         select new EventHeaderLine(marker, date, venue.TrimEnd(), detail.OrNone(), hours.GetOrDefault()))
        .End().Named("event header");

    // The venue runs until its parenthesized detail or until the hours: the white space before them, or
    // their first digit when the venue is left out and they follow the date's white space directly.
    private static bool EndsVenue(LineText line, int i)
    {
        if (line[i] == '(' || line[i] == '（')
        {
            return true;
        }

        if (!IsSpace(line[i]) && (i == 0 || !IsSpace(line[i - 1])))
        {
            return false;
        }

        int j = i;
        while (j < line.Length && IsSpace(line[j]))
        {
            j++;
        }

        int digits = j;
        while (digits < line.Length && digits - j < 2 && char.IsDigit(line[digits]))
        {
            digits++;
        }

        return digits > j && digits < line.Length && line[digits] == ':';
    }

    /// <summary>
    /// <see cref="EventHeaderOf"/> in one pass, for the dialect of <paramref name="markers"/>: the marker, the date, the
    /// venue up to its detail or hours, the detail in parentheses, the hours, and nothing else: <c>- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50</c>.
    /// The query's optional parts backtrack only when they fail, and nothing after them can make them fail, so reading
    /// each part once, greedily, reads what the query reads.
    /// </summary>
    internal static LineScan EventHeaderReaderOf(BulletMarkers markers) =>
        (s, start) =>
        {
            int n = s.Length;
            int at = SkipSpaces(s, start);
            string? marker = markers.Match(s, at, out int next);
            int p = SkipSpaces(s, next);
            if (marker is null || !ReadDate(s, ref p, out DateTime date))
            {
                return null;
            }

            p = SkipSpaces(s, p);
            int venueStart = p;
            while (p < n && !EndsVenue(s, p))
            {
                p++;
            }

            var venue = OnePass.Trimmed(s, venueStart, p);
            LinePart? detail = null;
            if (p < n && (s[p] == '(' || s[p] == '（'))
            {
                int close = s.IndexOfAny(ClosingParentheses, p + 1);
                if (close >= 0)
                {
                    detail = LinePart.In(s, p + 1, close - p - 1);
                    p = close + 1;
                }
            }

            // The hours, after white space, are kept only when the whole range is there.
            TimeRange? hours = null;
            int h = SkipSpaces(s, p);
            if (ReadClock(s, ref h, out TimeSpan opens) && ReadDash(s, ref h) && ReadClock(s, ref h, out TimeSpan closes))
            {
                hours = new TimeRange(opens, closes);
                p = h;
            }

            return SkipSpaces(s, p) == n ? new EventHeaderLine(new LinePart(marker, at), date, venue, detail, hours) : null;
        };

    private static readonly char[] ClosingParentheses = { ')', '）' };

    // yyyy-MM-dd or yyyy/MM/dd, the same separator twice, every field in range, as Date reads it.
    private static bool ReadDate(LineText s, ref int p, out DateTime date)
    {
        date = default;
        int q = p;
        if (!OnePass.Digits(s, ref q, 4, out int year) || year < 1 || q >= s.Length || (s[q] != '-' && s[q] != '/'))
        {
            return false;
        }

        char separator = s[q++];
        if (!OnePass.Digits(s, ref q, 2, out int month) || month < 1 || month > 12 || q >= s.Length || s[q++] != separator
            || !OnePass.Digits(s, ref q, 2, out int day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day);
        p = q;
        return true;
    }

    // A clock time with a one- or two-digit hour, as ClockTime reads it: the hour takes two digits when there are two.
    private static bool ReadClock(LineText s, ref int p, out TimeSpan time)
    {
        time = default;
        int q = p;
        int hour = 0;
        while (q < s.Length && q - p < 2 && s[q] >= '0' && s[q] <= '9')
        {
            hour = (hour * 10) + (s[q++] - '0');
        }

        if (q == p || hour > 23 || q >= s.Length || s[q++] != ':' || !OnePass.Digits(s, ref q, 2, out int minute) || minute > 59)
        {
            return false;
        }

        time = new TimeSpan(hour, minute, 0);
        p = q;
        return true;
    }

    // The range dash with any white space around it, as RangeDash reads it.
    private static bool ReadDash(LineText s, ref int p)
    {
        int q = SkipSpaces(s, p);
        if (q >= s.Length || s[q] is not ('〜' or '～' or '~' or '-' or '–'))
        {
            return false;
        }

        p = SkipSpaces(s, q + 1);
        return true;
    }

    // EventHeaderOf can only read a line whose marker is followed by four digits and a date separator: the dispatch
    // tries the query on those lines alone.
    internal static bool CanBeEventHeader(BulletMarkers markers, LineText line, int first)
    {
        if (markers.Match(line, first, out int next) is null)
        {
            return false;
        }

        int p = SkipSpaces(line, next);
        return OnePass.Digits(line, ref p, 4, out _) && p < line.Length && (line[p] == '-' || line[p] == '/');
    }
}
