using System;
using System.Text;

namespace ConfLog.Cli;

/// <summary>Adds ANSI colour to an outline for a terminal: the event in bold, times in cyan, errors red, warnings yellow.</summary>
internal static class AnsiOutline
{
    private const string Reset = "\u001b[0m";
    private const string BoldOn = "\u001b[1m";
    private const string Cyan = "\u001b[36m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Dim = "\u001b[2m";

    // "  10:10*–10:40  ": a session line's times take twelve characters after two spaces of indentation.
    private const int Indent = 2;
    private const int TimeColumn = Indent + 12;

    /// <summary>Whether colour is wanted: a terminal, no <c>--no-color</c>, and no <c>NO_COLOR</c> in the environment (no-color.org).</summary>
    public static bool Enabled(CliConsole console, bool noColor) =>
        console.OutputIsTerminal && !noColor && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static string Bold(string text) => BoldOn + text + Reset;

    public static string Colorize(string outline)
    {
        var result = new StringBuilder(outline.Length + 256);
        foreach (string line in outline.Split('\n'))
        {
            if (result.Length > 0)
            {
                result.Append('\n');
            }

            result.Append(ColorizeLine(line));
        }

        return result.ToString();
    }

    private static string ColorizeLine(string line)
    {
        if (line.StartsWith("Event ", StringComparison.Ordinal))
        {
            return Bold(line);
        }

        if (line.Contains(": error CL", StringComparison.Ordinal))
        {
            return Red + line + Reset;
        }

        if (line.Contains(": warning CL", StringComparison.Ordinal))
        {
            return Yellow + line + Reset;
        }

        bool session = line.Length > TimeColumn && line.StartsWith("  ", StringComparison.Ordinal) && (char.IsAsciiDigit(line[2]) || line[2] == '?');
        if (session)
        {
            return line[..Indent] + Cyan + line[Indent..TimeColumn] + Reset + line[TimeColumn..];
        }

        // Interludes and the footnote on inferred starts are asides.
        return line.TrimStart().StartsWith('(') ? Dim + line + Reset : line;
    }
}
