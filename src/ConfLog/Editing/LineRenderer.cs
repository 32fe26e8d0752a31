using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConfLog.Editing;

/// <summary>
/// Writes the lines of a log in a given <see cref="LineForms"/>: a bullet, a question or an answer, a talk header, a
/// speaker, a timestamp. The editor writes in the forms it read from the log's own lines; <c>conflog format</c>
/// (<see cref="Writers.CanonicalWriter"/>) writes in <see cref="LineForms.Canonical"/>.
/// </summary>
/// <example><c>LineRenderer.Bullet("- ", "ML", LineForms.Canonical, "海外からの問い合わせの方が多い。")</c> gives <c>- ML: 海外からの問い合わせの方が多い。</c>.</example>
internal static class LineRenderer
{
    /// <summary>A bullet: its prefix (indentation and marker, as the log writes them), the label if any, the text.</summary>
    public static string Bullet(string prefix, string? label, LineForms forms, string text) =>
        label is null ? prefix + text : prefix + label + forms.LabelSeparator + text;

    /// <summary>A question or an answer written with its tag: <c>- Q: text</c>; the tag alone when there is no text.</summary>
    public static string Tagged(string prefix, string tag, string text)
    {
        var line = new StringBuilder(prefix.Length + tag.Length + text.Length + 2).Append(prefix).Append(tag).Append(':');
        return text.Length == 0 ? line.ToString() : line.Append(' ').Append(text).ToString();
    }

    /// <summary>A line that begins with a question's or an answer's prefix as the log writes it (<c>- A: </c>).</summary>
    public static string AfterPrefix(string prefix, string text) => text.Length == 0 ? prefix.TrimEnd(' ', '\t') : prefix + text;

    /// <summary>A speaker: <c>品川高廣(東京大学)</c>, the parentheses as the log writes them.</summary>
    public static string Speaker(string name, string? affiliation, LineForms forms) =>
        affiliation is null ? name : name + forms.AffiliationOpen + affiliation + forms.AffiliationClose;

    /// <summary>A talk header: <c>Title / Speaker(Affiliation), Speaker</c>, the title alone when no speaker is named.</summary>
    public static string Header(string prefix, string title, IReadOnlyCollection<string> speakers, LineForms forms) =>
        speakers.Count == 0 ? prefix + title : prefix + title + forms.TitleSeparator + string.Join(forms.SpeakerSeparator, speakers);

    /// <summary>A timestamp: <c>[2012-12-04 10:40]</c>, with seconds when they were written.</summary>
    public static string Stamp(System.DateTime value, bool hasSeconds, LineForms forms)
    {
        string date = "yyyy" + forms.DateSeparator + "MM" + forms.DateSeparator + "dd";
        return "[" + value.ToString(hasSeconds ? date + " HH:mm:ss" : date + " HH:mm", CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>A line with <paramref name="length"/> characters from <paramref name="start"/> replaced by <paramref name="text"/>.</summary>
    public static string Splice(string line, int start, int length, string text)
    {
        start = System.Math.Min(start, line.Length);
        int end = System.Math.Min(line.Length, start + length);
        return new StringBuilder(line.Length - (end - start) + text.Length).Append(line, 0, start).Append(text).Append(line, end, line.Length - end).ToString();
    }

    /// <summary>A bullet's prefix one level deeper: its indentation, one step more, its marker.</summary>
    public static string Deeper(string prefix, LineForms forms)
    {
        int indent = 0;
        while (indent < prefix.Length && (prefix[indent] == ' ' || prefix[indent] == '\t'))
        {
            indent++;
        }

        return new StringBuilder(prefix.Length + forms.NestStep.Length).Append(prefix, 0, indent).Append(forms.NestStep).Append(prefix, indent, prefix.Length - indent).ToString();
    }

    /// <summary>A Markdown heading: <c>## Title</c>.</summary>
    public static string Heading(int level, string text) => new string('#', level) + " " + text;
}
