using System;
using System.Text;

namespace ConfLog.Tests.Async;

// Logs large enough that a parse takes a while: the seed's event header once, then its body again and again, each
// copy's talk titles numbered so that no two talks are alike.
internal static class GeneratedLog
{
    private const int HeaderLines = 3;

    public static string OfAtLeast(int bytes)
    {
        string[] lines = Seed.Text.Split('\n');
        var text = new StringBuilder(bytes + Seed.Text.Length);
        for (int i = 0; i < HeaderLines; i++)
        {
            text.Append(lines[i]).Append('\n');
        }

        int size = Encoding.UTF8.GetByteCount(text.ToString());
        for (int copy = 1; size < bytes; copy++)
        {
            for (int i = HeaderLines; i < lines.Length; i++)
            {
                string line = Numbered(lines[i], copy);
                text.Append(line).Append('\n');
                size += Encoding.UTF8.GetByteCount(line) + 1;
            }
        }

        return text.ToString();
    }

    // A talk header, "Title / Speaker", becomes "Title #2 / Speaker" in the second copy: the first is the seed.
    private static string Numbered(string line, int copy)
    {
        int split = line.LastIndexOf(" / ", StringComparison.Ordinal);
        bool header = split > 0 && line[0] != '-' && line[0] != '[';
        return header && copy > 1 ? $"{line[..split]} #{copy}{line[split..]}" : line;
    }
}
