using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ConfLog.Text;

/// <summary>
/// Cuts what a <see cref="TextReader"/> gives into lines as it reads, keeping each line ending as written,
/// so a log of any size is read a line at a time. The lines are those <see cref="SourceText.From"/> would make.
/// </summary>
internal static class SourceReader
{
    private const int BlockSize = 64 * 1024;

    public static IEnumerable<SourceLine> Lines(TextReader reader)
    {
        var buffer = new char[BlockSize];
        var line = new StringBuilder();
        int number = 1;
        int offset = 0;
        int lineStart = 0;
        bool first = true;
        bool carriageReturn = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            if (first)
            {
                first = false;
                if (buffer[0] == '\uFEFF')
                {
                    start = 1;
                    offset = lineStart = 1;
                }
            }

            for (int i = start; i < read; i++)
            {
                char c = buffer[i];
                if (carriageReturn)
                {
                    // A "\r" ended the previous block or character: it pairs with a "\n" that follows it.
                    carriageReturn = false;
                    string ending = c == '\n' ? "\r\n" : "\r";
                    yield return new SourceLine(number++, lineStart, line.ToString(), ending);
                    line.Clear();
                    offset += ending.Length;
                    lineStart = offset;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                if (c == '\r')
                {
                    carriageReturn = true;
                    continue;
                }

                if (c == '\n')
                {
                    yield return new SourceLine(number++, lineStart, line.ToString(), "\n");
                    line.Clear();
                    offset++;
                    lineStart = offset;
                    continue;
                }

                line.Append(c);
                offset++;
            }
        }

        if (carriageReturn)
        {
            yield return new SourceLine(number++, lineStart, line.ToString(), "\r");
            line.Clear();
        }
        else if (line.Length > 0)
        {
            yield return new SourceLine(number, lineStart, line.ToString(), string.Empty);
        }
    }
}
