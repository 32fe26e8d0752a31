using System;
using System.Collections.Generic;
using CultureInfo = System.Globalization.CultureInfo;
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
/// with its VTIMEZONE so calendar apps place the times right wherever they are.
/// </summary>
internal static class IcsWriter
{
    private const string ProductId = "-//ConfLog//conflog//EN";

    /// <summary>Gives the calendar text, lines ending in CRLF as RFC 5545 asks.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="timeZone">An IANA time zone id such as <c>Asia/Tokyo</c>.</param>
    /// <param name="skipped">The sessions left out because they have no start time.</param>
    public static string Write(ConferenceLog log, string timeZone, out IReadOnlyList<Session> skipped)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddTimeZone(timeZone);
        var left = new List<Session>();
        foreach (var session in log.Sessions.Where(s => s is Talk or Break))
        {
            if (session.Start is not { } start)
            {
                left.Add(session);
                continue;
            }

            calendar.Events.Add(ToEvent(log, session, start, timeZone));
        }

        skipped = left;
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
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
        int line = (session.Header ?? session.Span).Line;
        var ev = new CalendarEvent
        {
            // Stable across runs, so importing the same notes again updates the events instead of duplicating them.
            Uid = string.Create(CultureInfo.InvariantCulture, $"{start:yyyyMMdd'T'HHmm}-line{line}@conflog"),
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
