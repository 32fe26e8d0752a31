using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Text;

namespace ConfLog.Writers;

/// <summary>
/// Writes a log in its canonical form, the one <c>conflog format</c> gives: every bullet marker is <c>- </c>
/// (indentation kept), every timestamp is <c>[yyyy-MM-dd HH:mm]</c> (seconds kept when written), every talk header is
/// <c>Title / Speaker(Affiliation), Speaker(Affiliation)</c>, and no line ends in spaces or tabs. Everything else,
/// the byte-order mark and each line ending included, is written as it was read, so a canonical log reads back
/// (with the default dialect, which reads <c>- </c> and <c>, </c>) into the same event, sessions and notes, and
/// formatting it again changes nothing.
/// </summary>
/// <remarks>
/// It reads the text's lines once, with the line grammar alone: the canonical form needs what each line is, not the
/// event and sessions a parse builds, so a log already parsed is formatted from its text (<c>log.ToString()</c>).
/// </remarks>
/// <example>
/// <code>
/// string text = File.ReadAllText("notes.txt");
/// string canonical = CanonicalWriter.Write(text);
/// bool alreadyCanonical = canonical == text;
/// </code>
/// </example>
public static class CanonicalWriter
{
    /// <summary>Gives the canonical form of <paramref name="text"/>, reading each line once.</summary>
    /// <param name="text">The notes; <see langword="null"/> is read as empty.</param>
    /// <param name="options">How to read them (the dialect); <see cref="ConfLogOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The canonical text; equal to <paramref name="text"/> when it is already canonical.</returns>
    public static string Write(string? text, ConfLogOptions? options = null)
    {
        var source = SourceText.From(text);
        var builder = new StringBuilder(source.Text.Length);
        builder.Append(source.Preamble);
        var reader = new LineReader(options ?? ConfLogOptions.Default);

        // The diagnostics are the parser's business; formatting changes only what it reads without a doubt.
        var ignored = new List<Diagnostic>();
        foreach (var sourceLine in source.Cut())
        {
            builder.Append(FormatLine(reader.Read(sourceLine, ignored))).Append(sourceLine.Ending);
        }

        return builder.ToString();
    }

    /// <summary>Writes the canonical form of <paramref name="text"/> to <paramref name="writer"/>, reading each line once.</summary>
    /// <param name="text">The notes; <see langword="null"/> is read as empty.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">How to read them; <see cref="ConfLogOptions.Default"/> when <see langword="null"/>.</param>
    public static void Write(string? text, TextWriter writer, ConfLogOptions? options = null) =>
        Guard.NotNull(writer, nameof(writer)).Write(Write(text, options));

    /// <summary>Gives the canonical form of one line, without its line ending.</summary>
    /// <param name="line">A line as the line grammar read it, such as one of <see cref="ConferenceLog.Lines"/>.</param>
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
