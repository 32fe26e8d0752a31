using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;

namespace ConfLog.FluentAssertions;

/// <summary>
/// Values for failure messages, passed to <c>WithExpectation</c> and <c>FailWith</c> as arguments. Strings go as
/// they are, and FluentAssertions quotes them; times, sessions and lists go as a <see cref="Phrase"/>, since its
/// formatter would print <c>&lt;2012-12-04 17:18:00&gt;</c>, <c>17h and 18m</c> and quote whole multi-line lists.
/// </summary>
internal static class Describe
{
    // A hostile file can produce thousands of diagnostics; a failure message only has to show the first ones.
    private const int MaxListed = 20;

    // Long notes would bury the rest of the message.
    private const int MaxQuoted = 80;

    /// <summary>A text cut short for a message; FluentAssertions adds the quotes.</summary>
    public static string? Short(string? text) =>
        text is null || text.Length <= MaxQuoted ? text : text.Remove(MaxQuoted) + "…";

    public static Phrase Time(DateTime value) =>
        new(value.ToString(value.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

    public static Phrase TimeOfDay(TimeSpan value) =>
        new(value.ToString(value.Seconds == 0 ? @"hh\:mm" : @"hh\:mm\:ss", CultureInfo.InvariantCulture));

    public static Phrase Date(DateTime value) => new(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static Phrase Count(int count, string singular) =>
        new(count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : singular + "s"));

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>How a session is named in messages: <c>talk "TwitVisor" at line 218</c>.</summary>
    public static Phrase Session(Session? session) => new(session switch
    {
        null => "session",
        { Title: { } title, Header: { } header } => session.Kind.ToString().ToLowerInvariant() + " " + Quote(title) + " at " + Line(header.Line),
        _ => "interlude at " + Line(session.Span.Line),
    });

    /// <summary>A note as the reader wrote it: <c>ML: 海外からの問い合わせの方が多い。</c>, label included.</summary>
    public static string Note(Note note) => note.Label is null ? note.Text : note.Label + ": " + note.Text;

    /// <summary>One line per item, each on a line of its own, cut short so the message stays readable.</summary>
    public static Phrase List(IEnumerable<string> lines)
    {
        var all = lines.ToList();
        var shown = all.Take(MaxListed).ToList();
        if (all.Count > MaxListed)
        {
            shown.Add("… and " + (all.Count - MaxListed).ToString(CultureInfo.InvariantCulture) + " more");
        }

        return new(string.Concat(shown.Select(line => Environment.NewLine + line)));
    }

    /// <summary>The nearest candidates as <c>; closest: "a" at line 6, "b" at line 24</c>.</summary>
    public static Phrase Suggestions<T>(IReadOnlyList<T> nearest, Func<T, string> text, Func<T, int> line) =>
        new(nearest.Count == 0
            ? string.Empty
            : "; closest: " + string.Join(", ", nearest.Select(n => Quote(text(n)) + " at " + Line(line(n)))));

    /// <summary>Speakers as <c>"島田恭平" of "筑波大学", "Jane Roe" with no affiliation</c>.</summary>
    public static Phrase Speakers(IEnumerable<Speaker> speakers) =>
        new(string.Join(", ", speakers.Select(s => Quote(s.Name) + (s.Affiliation is null ? " with no affiliation" : " of " + Quote(s.Affiliation)))));

    /// <summary>Line numbers as <c>line 224</c> or <c>lines 224, 226</c>.</summary>
    public static Phrase Lines(IEnumerable<int> lines)
    {
        var all = lines.Select(l => l.ToString(CultureInfo.InvariantCulture)).ToList();
        return new((all.Count == 1 ? "line " : "lines ") + string.Join(", ", all));
    }

    // Inside a phrase, quoted the way FluentAssertions quotes a string argument.
    private static string Quote(string text) => "\"" + Short(text) + "\"";

    private static string Line(int line) => "line " + line.ToString(CultureInfo.InvariantCulture);
}
