using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConfLog.Diagnostics;
using ConfLog.Editing;
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
            builder.Append(FormatLine(reader.Read(sourceLine, ignored).ToLogLine())).Append(sourceLine.Ending);
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

    // The lines are written by the editor's renderer, in the canonical forms: one way of writing a line for both.
    private static string Stamp(TimestampLine stamp) => LineRenderer.Stamp(stamp.Value, stamp.HasSeconds, LineForms.Canonical);

    private static string Bullet(string text, LinePart marker, int contentStart) =>
        LineRenderer.Bullet(LineRenderer.Splice(text, marker.Index, text.Length, LineForms.Canonical.BulletMarker), null, LineForms.Canonical, text.Substring(contentStart));

    // "Q. x", "* A1：x" and "質問: x" become "- Q: x", "- A1: x" and "- 質問: x": a bullet and an ASCII colon.
    private static string Exchange(string text, ExchangeLine exchange)
    {
        int indent = exchange.Marker?.Index ?? Indentation(text).Length;
        string tag = exchange.Tag?.Text.TrimEnd(':', '：', '.') ?? (exchange is QuestionLine ? "Q" : "A");
        return LineRenderer.Tagged(LineRenderer.Splice(text, indent, text.Length, LineForms.Canonical.BulletMarker), tag, exchange.Text.Text);
    }

    // Where the text after a marker starts: past the white space the grammar let between them.
    private static int ContentAfter(string text, LinePart marker) => TextRuns.SkipSpaces(text, marker.Index + marker.Length);

    private static string TalkHeader(string text, TalkHeaderLine header)
    {
        var speakers = header.Speakers.Select(s => LineRenderer.Speaker(s.Name.Text, s.Affiliation?.Text, LineForms.Canonical)).ToList();
        return LineRenderer.Header(text.Substring(0, header.Title.Index), header.Title.Text, speakers, LineForms.Canonical);
    }

    private static string Indentation(string text) => text.Substring(0, TextRuns.SkipSpaces(text, 0));

    private static string TrimEnd(string text) => text.TrimEnd(' ', '\t');
}
