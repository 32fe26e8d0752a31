using System;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Editing;

/// <summary>
/// Where a node's lines stand in its log, and where its text starts in them: what the editor needs to rewrite a
/// line in place, keeping everything around the changed text as it was written.
/// </summary>
internal sealed class NodeLines
{
    private readonly SourceText _source;

    public NodeLines(SourceText source)
    {
        _source = source;
        Lines = source.Lines;
    }

    /// <summary>Gets the log's lines.</summary>
    public ImmutableArray<SourceLine> Lines { get; }

    /// <summary>Gets the 0-based index of the node's first line.</summary>
    public static int First(Node node) => node.Span.Line - 1;

    /// <summary>Gets the 0-based index of the node's last line (its children's included).</summary>
    public int Last(Node node) =>
        node.Span.Length == 0 || Lines.IsEmpty ? node.Span.Line - 1 : _source.LineAt(node.Span.End - 1).Number - 1;

    /// <summary>Gets the text of the 0-based line <paramref name="index"/>.</summary>
    public string Text(int index) => Lines[index].Text;

    /// <summary>
    /// Finds where <paramref name="text"/> is written in <paramref name="line"/>, at or after <paramref name="from"/>:
    /// a node's text ends its line (before any trailing white space), so the end is tried before a search from the
    /// start, which would find a tag (<c>Q</c> in <c>- Q: Q</c>) before the text. An empty text stands at the end.
    /// </summary>
    /// <returns>The index, or -1 when the text is not written as it was read (markup taken out of it).</returns>
    public static int Locate(string line, string text, int from)
    {
        from = Math.Min(Math.Max(from, 0), line.Length);
        string trimmed = line.TrimEnd(' ', '\t');
        if (text.Length == 0)
        {
            return Math.Max(from, trimmed.Length);
        }

        if (line.EndsWith(text, StringComparison.Ordinal) && line.Length - text.Length >= from)
        {
            return line.Length - text.Length;
        }

        if (trimmed.EndsWith(text, StringComparison.Ordinal) && trimmed.Length - text.Length >= from)
        {
            return trimmed.Length - text.Length;
        }

        return line.IndexOf(text, from, StringComparison.Ordinal);
    }

    /// <summary>Gets where a note's label starts in its first line, or -1.</summary>
    public int LabelStart(Note note)
    {
        string line = Text(First(note));
        return note.Label is null ? -1 : line.IndexOf(note.Label, AfterMarker(note, line), StringComparison.Ordinal);
    }

    /// <summary>Gets where the first line of a text node's text starts in its first line, or -1.</summary>
    public int TextStart(TextNode node)
    {
        string line = Text(First(node));
        int from = 0;
        if (node is Note note)
        {
            from = AfterMarker(note, line);
            int label = LabelStart(note);
            if (note.Label is not null)
            {
                if (label < 0)
                {
                    return -1;
                }

                from = label + note.Label.Length;
            }
        }

        return Locate(line, FirstSegment(node.Text), from);
    }

    /// <summary>Gets what a note's first line holds before its label, or its text when it has none: <c>  - </c>.</summary>
    public string? BulletPrefix(Note note)
    {
        int at = note.Label is null ? TextStart(note) : LabelStart(note);
        return at < 0 ? null : Text(First(note)).Substring(0, at);
    }

    /// <summary>Gets the first line of a text: up to its first line feed.</summary>
    public static string FirstSegment(string text)
    {
        int feed = text.IndexOf('\n');
        return feed < 0 ? text : text.Substring(0, feed);
    }

    /// <summary>Gets the white space a line starts with.</summary>
    public static string Indentation(string line)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return line.Substring(0, i);
    }

    /// <summary>Reads the forms of the log's own lines, each from the first line that shows it; the canonical ones where none does.</summary>
    public LineForms Forms(ConferenceLog log)
    {
        var forms = LineForms.Canonical;
        string? ending = Lines.Select(l => l.Ending).FirstOrDefault(e => e.Length > 0);
        if (ending is not null)
        {
            forms = forms with { LineEnding = ending };
        }

        var notes = log.Sessions.SelectMany(s => s.Notes).ToList();
        if (notes.Select(BulletPrefix).FirstOrDefault(p => p is not null) is { } top)
        {
            forms = forms with { TopNotePrefix = top };
        }

        foreach (var note in notes.SelectMany(n => n.Descendants<Note>().Prepend(n)).Where(n => !n.Children.IsEmpty))
        {
            string parent = Indentation(Text(First(note)));
            string child = Indentation(Text(First(note.Children[0])));
            if (child.Length > parent.Length && child.StartsWith(parent, StringComparison.Ordinal))
            {
                forms = forms with { NestStep = child.Substring(parent.Length) };
                break;
            }
        }

        foreach (var note in notes.SelectMany(n => n.Descendants<Note>().Prepend(n)).Where(n => n.Label is not null))
        {
            int label = LabelStart(note), text = TextStart(note);
            if (label >= 0 && text > label + note.Label!.Length)
            {
                forms = forms with { LabelSeparator = Text(First(note)).Substring(label + note.Label.Length, text - label - note.Label.Length) };
                break;
            }
        }

        var exchanges = log.Sessions.SelectMany(s => s.Exchanges).ToList();
        if (exchanges.Select(e => e.Question).FirstOrDefault(q => q is { Text.Length: > 0 } && TextStart(q) > 0) is { } question)
        {
            forms = forms with { QuestionPrefix = Text(First(question)).Substring(0, TextStart(question)) };
        }

        if (exchanges.SelectMany(e => e.Answers).FirstOrDefault(a => a.Text.Length > 0 && TextStart(a) > 0) is { } answer)
        {
            forms = forms with { AnswerPrefix = Text(First(answer)).Substring(0, TextStart(answer)) };
        }

        forms = HeaderForms(log, forms);
        if (log.Sessions.SelectMany(s => s.Timestamps).FirstOrDefault() is { } stamp && Text(First(stamp)).Contains('/'))
        {
            forms = forms with { DateSeparator = '/' };
        }

        return forms;
    }

    private LineForms HeaderForms(ConferenceLog log, LineForms forms)
    {
        foreach (var talk in log.Talks.Where(t => t.Title.Length > 0 && !t.Speakers.IsEmpty && t.Speakers.All(s => s.Span.Line == t.Header.Line)))
        {
            string header = Text(talk.Header.Line - 1);
            int title = header.IndexOf(talk.Title, StringComparison.Ordinal);
            int first = talk.Speakers[0].Span.Column - 1;
            if (title < 0 || first < title + talk.Title.Length)
            {
                continue;
            }

            forms = forms with
            {
                HeaderPrefix = header.Substring(0, title),
                TitleSeparator = header.Substring(title + talk.Title.Length, first - title - talk.Title.Length),
            };
            if (talk.Speakers.Length > 1)
            {
                int end = talk.Speakers[0].Span.Column - 1 + talk.Speakers[0].Span.Length;
                int next = talk.Speakers[1].Span.Column - 1;
                if (next > end)
                {
                    forms = forms with { SpeakerSeparator = header.Substring(end, next - end) };
                }
            }

            break;
        }

        foreach (var speaker in log.Talks.SelectMany(t => t.Speakers).Where(s => s.Affiliation is { Length: > 0 }))
        {
            string written = SpeakerText(speaker);
            int open = written.StartsWith(speaker.Name, StringComparison.Ordinal) ? speaker.Name.Length : -1;
            int affiliation = open < 0 ? -1 : written.IndexOf(speaker.Affiliation!, open, StringComparison.Ordinal);
            if (affiliation > open)
            {
                return forms with
                {
                    AffiliationOpen = written.Substring(open, affiliation - open),
                    AffiliationClose = written.Substring(affiliation + speaker.Affiliation!.Length),
                };
            }
        }

        return forms;
    }

    /// <summary>Gets a speaker as written in its line.</summary>
    public string SpeakerText(Speaker speaker)
    {
        string line = Text(speaker.Span.Line - 1);
        int start = Math.Min(speaker.Span.Column - 1, line.Length);
        return line.Substring(start, Math.Min(speaker.Span.Length, line.Length - start));
    }

    // Where a note's label or text may start: past its indentation and marker, as far as the line goes.
    private static int AfterMarker(Note note, string line) => Math.Min(line.Length, Math.Max(0, note.Indent + note.Marker.Length));
}
