using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConfLog.Text;

namespace ConfLog.Editing;

/// <summary>
/// Puts line edits into a text: every line no edit touches is copied as it was, with its own ending; a new line
/// takes the ending of the line it replaces, or the log's own ending. A text that did not end with a line ending
/// still does not.
/// </summary>
internal static class TextSplice
{
    public static string Apply(SourceText source, IEnumerable<LineEdit> edits, string ending)
    {
        var lines = source.Lines;
        var output = new List<(string Text, string Ending)>(lines.Length + 8);
        int next = 0;
        foreach (var edit in edits.OrderBy(e => e.Start).ThenBy(e => e.Count))
        {
            if (edit.Start < next)
            {
                throw new InvalidOperationException($"Two edits touch line {edit.Start + 1}.");
            }

            for (; next < edit.Start; next++)
            {
                output.Add((lines[next].Text, lines[next].Ending));
            }

            for (int j = 0; j < edit.Lines.Length; j++)
            {
                bool last = j == edit.Lines.Length - 1;
                string own = last && edit.Count > 0 ? lines[edit.Start + edit.Count - 1].Ending
                    : !last && j < edit.Count - 1 ? lines[edit.Start + j].Ending
                    : ending;
                output.Add((edit.Lines[j], own));
            }

            next = edit.Start + edit.Count;
        }

        for (; next < lines.Length; next++)
        {
            output.Add((lines[next].Text, lines[next].Ending));
        }

        bool endedOpen = !lines.IsEmpty && lines[lines.Length - 1].Ending.Length == 0;
        var text = new StringBuilder(source.Text.Length + 256).Append(source.Preamble);
        for (int i = 0; i < output.Count; i++)
        {
            bool final = i == output.Count - 1;
            string own = final && endedOpen ? string.Empty : output[i].Ending.Length == 0 && !final ? ending : output[i].Ending;
            text.Append(output[i].Text).Append(own);
        }

        return text.ToString();
    }
}
