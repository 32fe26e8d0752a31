using System;

namespace ConfLog.Cli;

/// <summary>Whether a terminal gets colour, and the bold of the header line naming each file; the outline's own colours are <see cref="Writers.OutlineStyle.Ansi"/>.</summary>
internal static class AnsiOutline
{
    private const string Reset = "\u001b[0m";
    private const string BoldOn = "\u001b[1m";

    /// <summary>Whether colour is wanted: a terminal, no <c>--no-color</c>, and no <c>NO_COLOR</c> in the environment (no-color.org).</summary>
    public static bool Enabled(CliConsole console, bool noColor) =>
        console.OutputIsTerminal && !noColor && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static string Bold(string text) => BoldOn + text + Reset;
}
