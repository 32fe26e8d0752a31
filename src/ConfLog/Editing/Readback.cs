using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Model;

namespace ConfLog.Editing;

/// <summary>
/// Checks that an edited text reads back as the sessions that were asked for, compared by what they say
/// (<see cref="NodeContent"/>): a line written in a form the log's reading takes for something else (a note whose new
/// text starts with <c>Q:</c>, a talk with no speaker in the seed's dialect) is refused, not saved.
/// </summary>
internal static class Readback
{
    public static void Check(IReadOnlyList<Session> asked, ConferenceLog edited, string what, string paramName)
    {
        var read = edited.Sessions;
        for (int i = 0; i < Math.Max(asked.Count, read.Length); i++)
        {
            string? wanted = i < asked.Count ? NodeContent.Of(asked[i]) : null;
            string? got = i < read.Length ? NodeContent.Of(read[i]) : null;
            if (!string.Equals(wanted, got, StringComparison.Ordinal))
            {
                string where = i < read.Length ? $"the session at line {read[i].Span.Line}" : "the end of the log";
                throw new ArgumentException(
                    $"{Capital(what)} could not be written in this log's form: read back, {where} says {Excerpt(got, wanted)} where {Excerpt(wanted, got)} was asked.",
                    paramName);
            }
        }
    }

    // The part of one content where it departs from the other, so that the message shows the difference.
    private static string Excerpt(string? text, string? other)
    {
        if (text is null)
        {
            return "nothing";
        }

        int at = 0;
        while (other is not null && at < text.Length && at < other.Length && text[at] == other[at])
        {
            at++;
        }

        int start = Math.Max(0, at - 30);
        int length = Math.Min(text.Length - start, 90);
        return $"{(start > 0 ? "…" : string.Empty)}{text.Substring(start, length)}{(start + length < text.Length ? "…" : string.Empty)}";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
