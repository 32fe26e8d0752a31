using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConfLog.Cli.Tests;

// Reads a calendar's VTIMEZONE as a reader that trusts its rules (Outlook) does, from the text itself: the observances
// (STANDARD, DAYLIGHT) with their DTSTART, RDATEs and yearly RRULEs (BYMONTH with an ordinal BYDAY, the form zone
// rules take). Ical.Net's own AsUtc asks NodaTime's database instead, so it cannot tell whether the rules were right.
internal sealed class VTimeZoneRules
{
    private readonly List<Observance> observances;

    private VTimeZoneRules(List<Observance> observances) => this.observances = observances;

    public static VTimeZoneRules Read(string calendar, string tzId)
    {
        var lines = calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        int begin = Array.FindIndex(lines, l => l == "BEGIN:VTIMEZONE");
        while (begin >= 0 && lines[begin + 1] != "TZID:" + tzId)
        {
            begin = Array.FindIndex(lines, begin + 1, l => l == "BEGIN:VTIMEZONE");
        }

        if (begin < 0)
        {
            throw new InvalidOperationException($"no VTIMEZONE for {tzId}");
        }

        var found = new List<Observance>();
        Observance? current = null;
        for (int i = begin + 1; lines[i] != "END:VTIMEZONE"; i++)
        {
            string line = lines[i];
            if (line is "BEGIN:STANDARD" or "BEGIN:DAYLIGHT")
            {
                current = new Observance();
            }
            else if (line is "END:STANDARD" or "END:DAYLIGHT")
            {
                found.Add(current!);
                current = null;
            }
            else if (current is not null)
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                string name = line[..colon].Split(';')[0];
                string value = line[(colon + 1)..];
                switch (name)
                {
                    case "DTSTART":
                        current.Start = Local(value);
                        break;
                    case "TZOFFSETTO":
                        current.OffsetTo = Offset(value);
                        break;
                    case "RDATE":
                        current.Dates.AddRange(value.Split(',').Select(Local));
                        break;
                    case "RRULE":
                        current.Rules.Add(value.Split(';').Select(part => part.Split('=')).ToDictionary(kv => kv[0], kv => kv[1]));
                        break;
                    default:
                        break;
                }
            }
        }

        return new VTimeZoneRules(found);
    }

    // The UTC instant of a wall-clock time, by the observance whose latest onset is not after it; null when none is.
    public DateTime? ToUtc(DateTime local)
    {
        var best = observances
            .Select(o => (Observance: o, Onset: o.Onsets(local).Where(onset => onset <= local).DefaultIfEmpty(DateTime.MinValue).Max()))
            .Where(x => x.Onset != DateTime.MinValue)
            .OrderByDescending(x => x.Onset)
            .FirstOrDefault();
        return best.Observance is null ? null : DateTime.SpecifyKind(local - best.Observance.OffsetTo, DateTimeKind.Utc);
    }

    private static DateTime Local(string value) =>
        DateTime.ParseExact(value.TrimEnd('Z'), "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static TimeSpan Offset(string value)
    {
        int sign = value[0] == '-' ? -1 : 1;
        var offset = new TimeSpan(int.Parse(value[1..3], CultureInfo.InvariantCulture), int.Parse(value[3..5], CultureInfo.InvariantCulture), 0);
        return sign * offset;
    }

    private sealed class Observance
    {
        public DateTime Start { get; set; }

        public TimeSpan OffsetTo { get; set; }

        public List<DateTime> Dates { get; } = [];

        public List<Dictionary<string, string>> Rules { get; } = [];

        public IEnumerable<DateTime> Onsets(DateTime until)
        {
            yield return Start;
            foreach (var date in Dates)
            {
                yield return date;
            }

            foreach (var rule in Rules)
            {
                if (rule["FREQ"] != "YEARLY" || !rule.TryGetValue("BYMONTH", out string? month) || !rule.TryGetValue("BYDAY", out string? day))
                {
                    throw new NotSupportedException("only yearly rules by month and weekday are read: " + string.Join(";", rule.Select(kv => kv.Key + "=" + kv.Value)));
                }

                DateTime? last = rule.TryGetValue("UNTIL", out string? u) ? Local(u) : null;
                for (int year = Start.Year; year <= until.Year; year++)
                {
                    var onset = NthWeekday(year, int.Parse(month, CultureInfo.InvariantCulture), day) + Start.TimeOfDay;
                    if (onset >= Start && (last is null || onset <= last.Value.AddDays(1)))
                    {
                        yield return onset;
                    }
                }
            }
        }

        // "2SU" is the second Sunday of the month, "-1SU" the last.
        private static DateTime NthWeekday(int year, int month, string byDay)
        {
            string[] names = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
            var weekday = (DayOfWeek)Array.IndexOf(names, byDay[^2..]);
            int n = int.Parse(byDay[..^2], CultureInfo.InvariantCulture);
            if (n > 0)
            {
                var first = new DateTime(year, month, 1);
                return first.AddDays(((7 + weekday - first.DayOfWeek) % 7) + (7 * (n - 1)));
            }

            var end = new DateTime(year, month, DateTime.DaysInMonth(year, month));
            return end.AddDays(-((7 + end.DayOfWeek - weekday) % 7) - (7 * (-n - 1)));
        }
    }
}
