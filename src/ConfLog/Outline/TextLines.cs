using System.Collections.Generic;

namespace ConfLog.Outline;

/// <summary>Splits a text into its lines (LF, CRLF or CR), keeping each line's offset: one pass, no copies but the lines.</summary>
internal static class TextLines
{
    /// <summary>The lines of <paramref name="text"/> without their breaks, each with its offset; a final break opens no line.</summary>
    public static List<(int Offset, string Text)> Split(string text)
    {
        var lines = new List<(int, string)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add((start, text.Substring(start, i - start)));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add((start, text.Substring(start)));
        }

        return lines;
    }

    /// <summary>The column where the line's content starts, a TAB counting to the next multiple of four.</summary>
    public static int IndentOf(string line, out int contentStart)
    {
        int col = 0;
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\u3000'))
        {
            col = line[i] == '\t' ? (col / 4 + 1) * 4 : col + 1;
            i++;
        }

        contentStart = i;
        return col;
    }

    /// <summary>Whether the line is white space only (ideographic spaces included).</summary>
    public static bool IsBlank(string line)
    {
        foreach (char c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
