using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;

namespace ConfLog.FluentAssertions;

/// <summary>
/// Text for failure messages. Values are formatted here rather than by FluentAssertions' formatter, which
/// would print <c>&lt;2012-12-04 17:18:00&gt;</c> and quote whole multi-line lists.
/// </summary>
internal static class Describe
{
    // A hostile file can produce thousands of diagnostics; a failure message only has to show the first ones.
    private const int MaxListed = 20;

    // Long notes would bury the rest of the message.
    private const int MaxQuoted = 80;

    /// <summary>Escapes braces: FluentAssertions runs every message through string.Format.</summary>
    public static string Literal(string text) => text.Replace("{", "{{").Replace("}", "}}");

    public static string Quote(string? text) =>
        text is null ? "<null>" : "\"" + (text.Length > MaxQuoted ? text.Remove(MaxQuoted) + "…" : text) + "\"";

    public static string Time(DateTime value) =>
        value.ToString(value.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string TimeOfDay(TimeSpan value) =>
        value.ToString(value.Seconds == 0 ? @"hh\:mm" : @"hh\:mm\:ss", CultureInfo.InvariantCulture);

    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(int count, string singular) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : singular + "s");

    public static string Line(int line) => "line " + line.ToString(CultureInfo.InvariantCulture);

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>How a session is named in messages: <c>talk "TwitVisor" at line 218</c>.</summary>
    public static string Session(Session? session) => session switch
    {
        null => "session",
        { Title: { } title, Header: { } header } => session.Kind.ToString().ToLowerInvariant() + " " + Quote(title) + " at " + Line(header.Line),
        _ => "interlude at " + Line(session.Span.Line),
    };

    /// <summary>A note as the reader wrote it: <c>ML: 海外からの問い合わせの方が多い。</c>, label included.</summary>
    public static string Note(Note note) => note.Label is null ? note.Text : note.Label + ": " + note.Text;

    /// <summary>One line per item, cut short so the message stays readable.</summary>
    public static string List(IEnumerable<string> lines)
    {
        var all = lines.ToList();
        var shown = all.Take(MaxListed).ToList();
        if (all.Count > MaxListed)
        {
            shown.Add("… and " + (all.Count - MaxListed).ToString(CultureInfo.InvariantCulture) + " more");
        }

        return string.Concat(shown.Select(line => Environment.NewLine + line));
    }

    /// <summary>The nearest candidates as <c>; closest: "a" at line 6, "b" at line 24</c>.</summary>
    public static string Suggestions<T>(IReadOnlyList<T> nearest, Func<T, string> text, Func<T, int> line) =>
        nearest.Count == 0
            ? string.Empty
            : "; closest: " + string.Join(", ", nearest.Select(n => Quote(text(n)) + " at " + Line(line(n))));
}
