using System.Globalization;
using System.IO;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>
/// Writes a readable outline of a log: the event, then one line per session with its times, title,
/// speakers and counts, then the diagnostics; plain, or in the colours of a terminal (<see cref="OutlineStyle"/>).
/// </summary>
public static class OutlineWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Cyan = "\u001b[36m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Dim = "\u001b[2m";

    /// <summary>Gives the outline of <paramref name="log"/> as text, lines ending in <c>\n</c>.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="path">The file the log came from, used to prefix diagnostics; may be <see langword="null"/>.</param>
    /// <param name="style">Plain text, or ANSI colours for a terminal.</param>
    /// <returns>The outline.</returns>
    public static string Write(ConferenceLog log, string? path = null, OutlineStyle style = OutlineStyle.Plain)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(log, writer, path, style);
        return writer.ToString();
    }

    /// <summary>Writes the outline of <paramref name="log"/> to <paramref name="writer"/>.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="path">The file the log came from, used to prefix diagnostics; may be <see langword="null"/>.</param>
    /// <param name="style">Plain text, or ANSI colours for a terminal.</param>
    public static void Write(ConferenceLog log, TextWriter writer, string? path = null, OutlineStyle style = OutlineStyle.Plain) =>
        Write(log, writer, path, style, explain: false);

    // The outline, and with explain, under each session the reasons it is what it is (ExplainWriter).
    internal static void Write(ConferenceLog log, TextWriter writer, string? path, OutlineStyle style, bool explain)
    {
        Guard.NotNull(log, nameof(log));
        Guard.NotNull(writer, nameof(writer));
        bool ansi = style == OutlineStyle.Ansi;
        var ev = log.Event;
        string hours = ev.Start is null ? string.Empty : $" {IsoFormat.Time(ev.Start)}–{IsoFormat.Time(ev.End)}";
        string detail = ev.VenueDetail is null ? string.Empty : $" ({ev.VenueDetail})";
        string title = ev.Title is null ? string.Empty : $" \"{ev.Title}\"";
        writer.WriteLine(Paint(ansi, Bold, $"Event{title} {IsoFormat.Date(ev.Date) ?? "(no date)"} {ev.Venue ?? "(no venue)"}{detail}{hours}".TrimEnd()));
        foreach (var link in ev.Links)
        {
            writer.WriteLine($"  link  {link.Url}");
        }

        foreach (var label in ev.Labels)
        {
            writer.WriteLine($"  {label.Name}: {label.Text}");
        }

        // The markup is said when the reader of real notes read the log: the seed's dialect needs no word about it,
        // unless the user asked why.
        if (explain || !log.ReadInSeedDialect)
        {
            writer.WriteLine($"Markup: {log.Markup.ToString().ToLowerInvariant()} ({log.MarkupReason})");
        }

        writer.WriteLine($"Sessions: {Count(log.Talks.Length, "talk")}, {Count(log.Sessions.OfType<Break>().Count(), "break")}, {log.Talks.Sum(talk => talk.Exchanges.Length)} Q/A");
        foreach (var session in log.Sessions)
        {
            writer.WriteLine("  " + Describe(session, ansi));
            if (explain)
            {
                foreach (var why in session.Evidence)
                {
                    writer.WriteLine(Paint(ansi, Dim, $"      why  {why}"));
                }
            }
        }

        if (log.Sessions.Any(s => s.StartInferred))
        {
            writer.WriteLine(Paint(ansi, Dim, "  (* start inferred from the event's hours)"));
        }

        writer.WriteLine(log.Diagnostics.IsEmpty ? "Diagnostics: none" : $"Diagnostics: {log.Diagnostics.Length}");
        foreach (var diagnostic in log.Diagnostics)
        {
            string colour = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => Red,
                DiagnosticSeverity.Warning => Yellow,
                _ => string.Empty,
            };
            writer.WriteLine(Paint(ansi, colour, "  " + diagnostic.Format(path)));
        }
    }

    private static string Describe(Session session, bool ansi)
    {
        string start = session.Start?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "??:??";
        string end = session.End?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "??:??";
        string times = $"{start}{(session.StartInferred ? "*" : " ")}–{end}";
        if (session.Header is not { } header)
        {
            return Paint(ansi, Dim, $"{new string(' ', times.Length)}  (interlude, {LineRange(session)})");
        }

        string what = session switch
        {
            Talk talk => $"{talk}  [{Count(talk.Notes.Length, "note")}, {talk.Exchanges.Length} Q/A",
            Section section => $"{section}  [{Count(section.Notes.Length, "note")}, {section.Exchanges.Length} Q/A",
            _ => $"{session.Title} (break)  [{Count(session.Items.Count(i => i is not (Blank or Timestamp)), "line")}",
        };
        return $"{Paint(ansi, Cyan, times)}  {what}, line {header.Line}]";
    }

    private static string LineRange(Session session)
    {
        int first = session.Span.Line;
        int last = session.Items.Length == 0 ? first : session.Items[session.Items.Length - 1].Span.Line;
        return first == last ? $"line {first}" : $"lines {first}–{last}";
    }

    private static string Paint(bool ansi, string colour, string text) => ansi && colour.Length > 0 ? colour + text + Reset : text;

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
