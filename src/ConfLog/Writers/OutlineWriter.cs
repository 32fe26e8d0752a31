using System.Globalization;
using System.IO;
using System.Linq;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>
/// Writes a readable outline of a log: the event, then one line per session with its times, title,
/// speakers and counts, then the diagnostics.
/// </summary>
public static class OutlineWriter
{
    /// <summary>Gives the outline of <paramref name="log"/> as text, lines ending in <c>\n</c>.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="path">The file the log came from, used to prefix diagnostics; may be <see langword="null"/>.</param>
    /// <returns>The outline.</returns>
    public static string Write(ConferenceLog log, string? path = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(log, writer, path);
        return writer.ToString();
    }

    /// <summary>Writes the outline of <paramref name="log"/> to <paramref name="writer"/>.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="path">The file the log came from, used to prefix diagnostics; may be <see langword="null"/>.</param>
    public static void Write(ConferenceLog log, TextWriter writer, string? path = null)
    {
        Guard.NotNull(log, nameof(log));
        Guard.NotNull(writer, nameof(writer));
        var ev = log.Event;
        string hours = ev.Start is null ? string.Empty : $" {IsoFormat.Time(ev.Start)}–{IsoFormat.Time(ev.End)}";
        string detail = ev.VenueDetail is null ? string.Empty : $" ({ev.VenueDetail})";
        string title = ev.Title is null ? string.Empty : $" \"{ev.Title}\"";
        writer.WriteLine($"Event{title} {IsoFormat.Date(ev.Date) ?? "(no date)"} {ev.Venue ?? "(no venue)"}{detail}{hours}".TrimEnd());
        foreach (var link in ev.Links)
        {
            writer.WriteLine($"  link  {link.Url}");
        }

        foreach (var label in ev.Labels)
        {
            writer.WriteLine($"  {label.Name}: {label.Text}");
        }

        writer.WriteLine($"Sessions: {Count(log.Talks.Length, "talk")}, {Count(log.Sessions.OfType<Break>().Count(), "break")}, {log.Talks.Sum(CountOf<Exchange>)} Q/A");
        foreach (var session in log.Sessions)
        {
            writer.WriteLine("  " + Describe(session));
        }

        if (log.Sessions.Any(s => s.StartInferred))
        {
            writer.WriteLine("  (* start inferred from the event's hours)");
        }

        writer.WriteLine(log.Diagnostics.IsEmpty ? "Diagnostics: none" : $"Diagnostics: {log.Diagnostics.Length}");
        foreach (var diagnostic in log.Diagnostics)
        {
            writer.WriteLine("  " + diagnostic.Format(path));
        }
    }

    private static string Describe(Session session)
    {
        string start = session.Start?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "??:??";
        string end = session.End?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "??:??";
        string times = $"{start}{(session.StartInferred ? "*" : " ")}–{end}";
        return session switch
        {
            Talk talk => $"{times}  {talk.Title} / {string.Join(", ", talk.Speakers)}  [{Count(CountOf<Note>(talk), "note")}, {CountOf<Exchange>(talk)} Q/A, line {talk.Header.Line}]",
            Section section => $"{times}  {new string('#', section.Level)} {section.Title}  [{Count(CountOf<Note>(section), "note")}, {CountOf<Exchange>(section)} Q/A, line {section.Header.Line}]",
            Break pause => $"{times}  {pause.Name} (break)  [{Count(pause.Items.Count(i => i is not (Blank or Timestamp)), "line")}, line {pause.Header.Line}]",
            _ => $"{new string(' ', times.Length)}  (interlude, {LineRange(session)})",
        };
    }

    private static string LineRange(Session session)
    {
        int first = session.Span.Line;
        int last = session.Items.Length == 0 ? first : session.Items[session.Items.Length - 1].Span.Line;
        return first == last ? $"line {first}" : $"lines {first}–{last}";
    }

    // Session.Notes and Session.Exchanges build a new array on every call; an outline only needs how many.
    private static int CountOf<T>(Session session)
        where T : SessionItem
    {
        int count = 0;
        foreach (var item in session.Items)
        {
            if (item is T)
            {
                count++;
            }
        }

        return count;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
