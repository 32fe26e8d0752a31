using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ConfLog.Lines;

namespace ConfLog.Writers;

/// <summary>
/// Writes a log in its canonical form, the one <c>conflog format</c> gives: every bullet marker is <c>- </c>
/// (indentation kept), every timestamp is <c>[yyyy-MM-dd HH:mm]</c> (seconds kept when written), every talk header is
/// <c>Title / Speaker(Affiliation), Speaker(Affiliation)</c>, and no line ends in spaces or tabs. Everything else,
/// the byte-order mark and each line ending included, is written as it was read, so a canonical log reads back
/// (with the default dialect, which reads <c>- </c> and <c>, </c>) into the same event, sessions and notes, and
/// formatting it again changes nothing.
/// </summary>
/// <example>
/// <code>
/// var log = ConferenceLog.Load("notes.txt");
/// string canonical = CanonicalWriter.Write(log);
/// bool alreadyCanonical = canonical == log.ToString();
/// </code>
/// </example>
public static class CanonicalWriter
{
    /// <summary>Gives the canonical form of <paramref name="log"/> as text.</summary>
    /// <param name="log">The parsed log.</param>
    /// <returns>The canonical text; equal to <c>log.ToString()</c> when the log is already canonical.</returns>
    public static string Write(ConferenceLog log)
    {
        Guard.NotNull(log, nameof(log));
        var builder = new StringBuilder(log.Source.Text.Length);
        builder.Append(log.Source.Preamble);
        foreach (var line in log.Lines)
        {
            builder.Append(FormatLine(line)).Append(line.Source.Ending);
        }

        return builder.ToString();
    }

    /// <summary>Writes the canonical form of <paramref name="log"/> to <paramref name="writer"/>.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ConferenceLog log, TextWriter writer) =>
        Guard.NotNull(writer, nameof(writer)).Write(Write(log));

    /// <summary>Gives the canonical form of one line, without its line ending.</summary>
    /// <param name="line">A line of a parsed log, from <see cref="ConferenceLog.Lines"/>.</param>
    /// <returns>The line's canonical text.</returns>
    public static string FormatLine(LogLine line)
    {
        Guard.NotNull(line, nameof(line));
        string text = line.Source.Text;
        return line.Syntax switch
        {
            TimestampLine stamp => TrimEnd(Indentation(text) + Stamp(stamp)),
            BulletLine bullet => TrimEnd(Bullet(text, bullet.Marker, (bullet.Label ?? bullet.Text).Index)),
            ExchangeLine exchange => TrimEnd(Exchange(text, exchange)),
            EventHeaderLine header => TrimEnd(Bullet(text, header.Marker, ContentAfter(text, header.Marker))),

            // "Title / " with no speaker is a talk header only while its separator keeps the space after the
            // slash; trimming it would turn the line into prose, so it stays as written.
            TalkHeaderLine header when header.Speakers.IsEmpty => text,
            TalkHeaderLine header => TrimEnd(TalkHeader(text, header)),
            _ => TrimEnd(text),
        };
    }

    private static string Stamp(TimestampLine stamp) =>
        "[" + stamp.Value.ToString(stamp.HasSeconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "]";

    private static string Bullet(string text, LinePart marker, int contentStart) =>
        new StringBuilder(text.Length + 1)
            .Append(text, 0, marker.Index)
            .Append("- ")
            .Append(text, contentStart, text.Length - contentStart)
            .ToString();

    // "Q. x", "* A1：x" and "質問: x" become "- Q: x", "- A1: x" and "- 質問: x": a bullet and an ASCII colon.
    private static string Exchange(string text, ExchangeLine exchange)
    {
        int indent = exchange.Marker?.Index ?? Indentation(text).Length;
        string tag = exchange.Tag?.Text.TrimEnd(':', '：', '.') ?? (exchange is QuestionLine ? "Q" : "A");
        var canonical = new StringBuilder(text.Length + 4).Append(text, 0, indent).Append("- ").Append(tag).Append(':');
        if (exchange.Text.Length > 0)
        {
            canonical.Append(' ').Append(exchange.Text.Text);
        }

        return canonical.ToString();
    }

    // Where the text after a marker starts: past the white space the grammar let between them.
    private static int ContentAfter(string text, LinePart marker) => TextRuns.SkipSpaces(text, marker.Index + marker.Length);

    private static string TalkHeader(string text, TalkHeaderLine header)
    {
        var speakers = header.Speakers.Select(s => s.Affiliation is null ? s.Name.Text : $"{s.Name.Text}({s.Affiliation.Text})");
        return new StringBuilder(text.Length)
            .Append(text, 0, header.Title.Index)
            .Append(header.Title.Text)
            .Append(" / ")
            .Append(string.Join(", ", speakers))
            .ToString();
    }

    private static string Indentation(string text) => text.Substring(0, TextRuns.SkipSpaces(text, 0));

    private static string TrimEnd(string text) => text.TrimEnd(' ', '\t');
}
