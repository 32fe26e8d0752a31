using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Model;
using ConfLog.Writers;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace ConfLog.Cli;

/// <summary>
/// Writes a log as iCalendar with Ical.Net: one VEVENT per talk and per break, in the given IANA time zone,
/// with its VTIMEZONE so calendar apps place the times right wherever they are. The output depends only on the log,
/// the zone and the stamp it is given (the notes file's last write time, for <c>conflog convert</c>).
/// </summary>
internal static class IcsWriter
{
    private const string ProductId = "-//ConfLog//conflog//EN";

    // SEQUENCE counts seconds from here: it fits an int (the property's type) until 2068.
    private static readonly DateTime SequenceEpoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Gives the calendar text, lines ending in CRLF as RFC 5545 asks.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="timeZone">An IANA time zone id such as <c>Asia/Tokyo</c>.</param>
    /// <param name="stamp">When the notes were last changed (UTC): every event's DTSTAMP, LAST-MODIFIED and SEQUENCE.</param>
    /// <param name="skipped">The sessions left out because they have no start time.</param>
    public static string Write(ConferenceLog log, string timeZone, DateTime stamp, out IReadOnlyList<Session> skipped)
    {
        var calendar = new Calendar { ProductId = ProductId };
        var left = new List<Session>();
        var events = new List<(Session Session, DateTime Start)>();
        foreach (var session in log.Sessions.Where(s => s is Talk or Break))
        {
            if (session.Start is { } start)
            {
                events.Add((session, start));
            }
            else
            {
                left.Add(session);
            }
        }

        // The VTIMEZONE's rules must reach back to the earliest event: by default Ical.Net starts them in the current
        // year, and a reader that trusts the rules (Outlook does) would place 2012's talks by 2026's offsets. A day
        // before the earliest wall-clock time covers it whatever the zone's offset from UTC.
        if (events.Count == 0)
        {
            calendar.AddTimeZone(timeZone);
        }
        else
        {
            calendar.AddTimeZone(timeZone, events.Min(e => e.Start).Date.AddDays(-1), includeHistoricalData: true);
        }

        var uids = new IcsUid();
        var changed = new CalDateTime(Seconds(stamp));
        int sequence = Sequence(stamp);
        foreach (var (session, start) in events)
        {
            var ev = ToEvent(log, session, start, timeZone);
            ev.Uid = uids.Next(session, start);
            ev.DtStamp = changed;
            ev.LastModified = changed;
            ev.Sequence = sequence;
            calendar.Events.Add(ev);
        }

        skipped = left;
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>
    /// The SEQUENCE of every event written from notes last changed at <paramref name="stamp"/>: the whole seconds since
    /// 2000. RFC 5545 wants it to grow with each revision, and a calendar app takes an event with a known UID and a
    /// higher SEQUENCE as an update of it. A converter that keeps no state cannot count one event's revisions, and a
    /// hash of its content would go down as often as up; the time the notes were last written only grows as they are
    /// edited, so each conversion of an edited file outranks the one before. An event left unchanged by an edit gets
    /// a higher SEQUENCE too, which readers take as a harmless update. Writing the same file twice gives the same value.
    /// </summary>
    internal static int Sequence(DateTime stamp)
    {
        double seconds = Math.Floor((stamp.ToUniversalTime() - SequenceEpoch).TotalSeconds);
        return (int)Math.Clamp(seconds, 0, int.MaxValue);
    }

    // iCalendar times have whole seconds; the file system's fractions would only be cut when written.
    private static DateTime Seconds(DateTime stamp)
    {
        var utc = stamp.ToUniversalTime();
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    /// <summary>Whether Ical.Net knows <paramref name="timeZone"/>, asked the way <see cref="Write"/> will ask it.</summary>
    public static bool IsKnownTimeZone(string timeZone)
    {
        try
        {
            new Calendar().AddTimeZone(timeZone);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The machine's zone as an IANA id; Windows ids are converted, since iCalendar readers expect IANA ones.</summary>
    public static string LocalTimeZone()
    {
        var local = TimeZoneInfo.Local;
        if (local.HasIanaId)
        {
            return local.Id;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(local.Id, out string? iana) ? iana : "UTC";
    }

    private static CalendarEvent ToEvent(ConferenceLog log, Session session, DateTime start, string timeZone)
    {
        var ev = new CalendarEvent
        {
            DtStart = new CalDateTime(start, timeZone),
            Summary = session.ToString(),
        };
        string notes = string.Join("\n", SessionText.Lines(session));
        if (notes.Length > 0)
        {
            ev.Description = notes;
        }

        if (session.End is { } end)
        {
            ev.DtEnd = new CalDateTime(end, timeZone);
        }

        if (log.Event.Venue is { } venue)
        {
            ev.Location = log.Event.VenueDetail is null ? venue : $"{venue} ({log.Event.VenueDetail})";
        }

        var url = session.Links.Select(link => Uri.TryCreate(link.Url, UriKind.Absolute, out var uri) ? uri : null).FirstOrDefault(uri => uri is not null);
        if (url is not null)
        {
            ev.Url = url;
        }

        return ev;
    }
}
