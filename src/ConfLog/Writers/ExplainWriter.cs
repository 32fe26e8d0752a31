using System.Globalization;
using System.IO;
using ConfLog.Model;

namespace ConfLog.Writers;

/// <summary>
/// Writes the outline of a log (<see cref="OutlineWriter"/>) with the reasons behind it, for <c>conflog outline
/// --explain</c>: the markup it was read in and why, and under each session its <see cref="Session.Evidence"/>: for a
/// talk, the rule that found it and where its title, speakers and times came from; for a heading that is not a talk
/// (a section, a group, a day, a break), why not.
/// </summary>
/// <example>
/// <code>
///   09:00 –09:40  BitVisor 2012 / 榮樂英樹(イーゲル)  [3 notes, 1 Q/A, line 6]
///       why  talk header "Title / Speaker" (L6): BitVisor 2012 / 榮樂英樹(イーゲル)
/// </code>
/// </example>
public static class ExplainWriter
{
    /// <summary>Gives the explained outline of <paramref name="log"/> as text, lines ending in <c>\n</c>.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="path">The file the log came from, used to prefix diagnostics; may be <see langword="null"/>.</param>
    /// <param name="style">Plain text, or ANSI colours for a terminal.</param>
    /// <returns>The outline with its reasons.</returns>
    public static string Write(ConferenceLog log, string? path = null, OutlineStyle style = OutlineStyle.Plain)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(log, writer, path, style);
        return writer.ToString();
    }

    /// <summary>Writes the explained outline of <paramref name="log"/> to <paramref name="writer"/>.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="path">The file the log came from, used to prefix diagnostics; may be <see langword="null"/>.</param>
    /// <param name="style">Plain text, or ANSI colours for a terminal.</param>
    public static void Write(ConferenceLog log, TextWriter writer, string? path = null, OutlineStyle style = OutlineStyle.Plain) =>
        OutlineWriter.Write(log, writer, path, style, explain: true);
}
