using System.Collections.Generic;
using System.Globalization;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>
/// Plain-text pieces of a session, as the Markdown writer and <c>conflog convert --to ics</c> print them: its times,
/// and what was noted in it as lines.
/// </summary>
/// <example>
/// <code>
/// foreach (var talk in log.Talks)
///     Console.WriteLine($"{SessionText.Times(talk)} {talk}\n" + string.Join("\n", SessionText.Lines(talk)));
/// </code>
/// </example>
public static class SessionText
{
    /// <summary>Gives when the session ran: <c>10:10–10:40</c>; an unknown time is <c>?</c>.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The start and the end, joined by an en dash.</returns>
    public static string Times(Session session) =>
        $"{Clock(Guard.NotNull(session, nameof(session)).Start)}–{Clock(session.End)}";

    /// <summary>
    /// Gives what was noted in a session as plain lines: bullets (each depth indented by two more spaces, a label
    /// before its colon), <c>Q:</c> and <c>A:</c>, prose. Timestamps, headings and blank lines are left out: the
    /// session's own times say when it ran.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <returns>The lines, in source order.</returns>
    public static IEnumerable<string> Lines(Session session)
    {
        foreach (var item in Guard.NotNull(session, nameof(session)).Items)
        {
            switch (item)
            {
                case Note note:
                    foreach (var (child, depth) in Flatten(note))
                    {
                        yield return new string(' ', 2 * depth) + "- " + (child.Label is null ? child.Text : $"{child.Label}: {child.Text}").TrimEnd();
                    }

                    break;
                case Exchange exchange:
                    yield return "Q: " + (exchange.Question?.Text ?? string.Empty);
                    foreach (var answer in exchange.Answers)
                    {
                        yield return "A: " + answer.Text;
                    }

                    break;
                case Prose prose:
                    yield return prose.Text;
                    break;
                default:
                    break;
            }
        }
    }

    // A note and the notes under it with their depths, without recursion: notes may nest thousands deep.
    internal static IEnumerable<(Note Note, int Depth)> Flatten(Note top)
    {
        var pending = new Stack<(Note, int)>();
        pending.Push((top, 0));
        while (pending.Count > 0)
        {
            var (note, depth) = pending.Pop();
            yield return (note, depth);
            for (int i = note.Children.Length - 1; i >= 0; i--)
            {
                pending.Push((note.Children[i], depth + 1));
            }
        }
    }

    private static string Clock(System.DateTime? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "?";
}
