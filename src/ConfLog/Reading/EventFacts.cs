using System;
using System.Collections.Generic;
using ConfLog.Outline;

namespace ConfLog.Reading;

/// <summary>The event's date, hours and venue as metadata lines near the top write them; each null when not written.</summary>
/// <param name="Date">The date as written (<c>June 4-6, 2019</c>, <c>2019/3/9(土)</c>).</param>
/// <param name="Start">The opening time, HH:MM.</param>
/// <param name="End">The closing time, HH:MM.</param>
/// <param name="Venue">The venue as written.</param>
internal sealed record ReadEvent(string? Date, string? Start, string? End, string? Venue);

/// <summary>
/// Reads the event's facts from metadata lines among the first lines: <c>Date: June 4-6, 2019</c>,
/// <c>開催日: 2019/3/9(土)</c>, <c>:開催日: …</c>, <c>- 日時: 2018 年 11 月 03 日 (土) 10:00 〜 17:30</c>,
/// <c>Location: …</c>, <c>会場: …</c>. A key is one of a few generic words; a front matter's <c>date:</c> is the post's, not
/// the event's, and is not read.
/// </summary>
internal static class EventFacts
{
    /// <summary>How far from the top metadata lines are looked for: they head the notes (and a stream decides from a prefix).</summary>
    public const int Lines = 40;

    private static readonly string[] DateKeys = { "date", "dates", "when", "日時", "開催日", "開催日時", "日程", "日付" };

    private static readonly string[] VenueKeys = { "location", "venue", "where", "place", "場所", "会場", "開催場所" };

    /// <summary>The facts the first <see cref="Lines"/> lines write, or null when they write none.</summary>
    public static ReadEvent? Find(IReadOnlyList<OutlineLine> lines)
    {
        string? date = null, start = null, end = null, venue = null;
        for (int i = 0; i < lines.Count && i < Lines; i++)
        {
            if (!Entry(lines[i], out string key, out string value))
            {
                continue;
            }

            if (date is null && IsOneOf(key, DateKeys))
            {
                date = value;
                if (start is null && HoursIn(value, out string s, out string? e))
                {
                    (start, end) = (s, e);
                }
            }
            else if (venue is null && IsOneOf(key, VenueKeys))
            {
                venue = value;
            }
        }

        return date is null && venue is null ? null : new ReadEvent(date, start, end, venue);
    }

    // "key: value" in a bullet, a line of text or a reST/RD field (":key: value"); never a front matter's entry.
    private static bool Entry(OutlineLine line, out string key, out string value)
    {
        key = value = "";
        if (line.Kind == OutlineKind.Field)
        {
            if (line.Key is null || !line.Raw.TrimStart().StartsWith(":", StringComparison.Ordinal))
            {
                return false;
            }

            (key, value) = (line.Key, line.Text.Trim());
            return value.Length > 0;
        }

        if (line.Kind is not (OutlineKind.Item or OutlineKind.Text))
        {
            return false;
        }

        string text = line.Text;
        int colon = text.IndexOfAny(Colons);
        if (colon <= 0 || colon > 12)
        {
            return false; // a key is a word or two: "Date", "開催日時"
        }

        key = text.Substring(0, colon).Trim().Trim('*', '_').Trim();
        value = text.Substring(colon + 1).Trim().Trim('*', '_').Trim();
        return value.Length > 0;
    }

    private static readonly char[] Colons = { ':', '：' };

    private static bool IsOneOf(string key, string[] words)
    {
        string k = LowerCase.Of(key);
        foreach (string w in words)
        {
            if (k == w)
            {
                return true;
            }
        }

        return false;
    }

    // The first time range in the value, after its date: "2018 年 11 月 03 日 (土) 10:00 〜 17:30".
    private static bool HoursIn(string value, out string start, out string? end)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsDigit(value[i]) && (i == 0 || !char.IsDigit(value[i - 1])) && TimeForms.ReadRange(value, i, out var range, out _))
            {
                (start, end) = range;
                return true;
            }
        }

        (start, end) = ("", null);
        return false;
    }
}
