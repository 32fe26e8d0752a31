using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfLog.Model;

namespace ConfLog.Cli;

/// <summary>Plain-text pieces of a session shared by the Markdown and iCalendar writers.</summary>
internal static class SessionText
{
    public static string Speakers(Talk talk) => string.Join(", ", talk.Speakers);

    /// <summary><c>10:10–10:40</c>; an unknown end is <c>?</c>.</summary>
    public static string Times(Session session) =>
        $"{Clock(session.Start)}–{Clock(session.End)}";

    /// <summary>The notes with their nesting, each depth indented by two more spaces, without recursion: notes may nest thousands deep.</summary>
    public static IEnumerable<(Note Note, int Depth)> Flatten(IEnumerable<Note> notes)
    {
        var pending = new Stack<(Note, int)>(notes.Reverse().Select(note => (note, 0)));
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

    /// <summary>
    /// What was noted in a session as plain lines: bullets (nested by indentation), <c>Q:</c> and <c>A:</c>, prose.
    /// Timestamps are left out: the session's own times say when it ran.
    /// </summary>
    public static IEnumerable<string> Lines(Session session)
    {
        foreach (var item in session.Items)
        {
            switch (item)
            {
                case Note note:
                    foreach (var (child, depth) in Flatten([note]))
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

    private static string Clock(System.DateTime? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "?";
}
