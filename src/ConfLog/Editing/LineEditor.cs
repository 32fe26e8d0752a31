using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Model;

namespace ConfLog.Editing;

/// <summary>
/// Turns an edited tree into line edits of the old text. The old and the new sessions are walked side by side; where
/// a list of children differs, what it shares at its start and at its end is left alone (the tree was copied around
/// the change, so that is a comparison of references), a child changed in place has only its changed lines
/// rewritten, text replaced within the line, and children added are written in the forms of the neighbouring lines.
/// </summary>
internal sealed class LineEditor
{
    private readonly NodeLines _lines;
    private readonly LineForms _forms;
    private readonly string _paramName;
    private readonly List<LineEdit> _edits = new();

    private LineEditor(ConferenceLog log, string paramName)
    {
        _lines = new NodeLines(log.Source);
        _forms = _lines.Forms(log);
        _paramName = paramName;
    }

    /// <summary>Gives the text of <paramref name="log"/> changed so that it reads as <paramref name="sessions"/>.</summary>
    public static string Write(ConferenceLog log, ImmutableArray<Session> sessions, string paramName)
    {
        var editor = new LineEditor(log, paramName);
        editor.Sequence(log.Sessions, sessions, parent: null);
        return TextSplice.Apply(log.Source, editor._edits, editor._forms.LineEnding);
    }

    private void Sequence<T>(IReadOnlyList<T> olds, IReadOnlyList<T> news, Node? parent)
        where T : Node
    {
        int common = Math.Min(olds.Count, news.Count);
        int prefix = 0;
        while (prefix < common && Same(olds[prefix], news[prefix]))
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < common - prefix && Same(olds[olds.Count - 1 - suffix], news[news.Count - 1 - suffix]))
        {
            suffix++;
        }

        int oldCount = olds.Count - prefix - suffix, newCount = news.Count - prefix - suffix;
        if (oldCount == newCount)
        {
            for (int i = prefix; i < prefix + oldCount; i++)
            {
                if (olds[i].GetType() == news[i].GetType())
                {
                    Diff(olds[i], news[i]);
                }
                else
                {
                    Replace(NodeLines.First(olds[i]), _lines.Last(olds[i]), Render(news[i], parent, olds[i]).ToImmutableArray());
                }
            }

            return;
        }

        // Something added or taken away: one edit, from the first child that differs through the last.
        Node? neighbour = prefix > 0 ? olds[prefix - 1] : olds.Count > prefix ? olds[prefix] : null;
        var rendered = news.Skip(prefix).Take(newCount).SelectMany(n => Render(n, parent, neighbour ?? olds.FirstOrDefault(o => o is Note))).ToImmutableArray();
        if (oldCount > 0)
        {
            Replace(NodeLines.First(olds[prefix]), _lines.Last(olds[prefix + oldCount - 1]), rendered);
        }
        else
        {
            int at = prefix > 0 ? _lines.Last(olds[prefix - 1]) + 1
                : suffix > 0 ? NodeLines.First(olds[prefix])
                : AfterOwnLines(parent);

            // The timestamp that opens a talk stands among its items but before its header: nothing goes above the header.
            if (parent is Session { Header: { } header })
            {
                at = Math.Max(at, header.Line);
            }
            _edits.Add(new LineEdit(at, 0, rendered));
        }
    }

    private static bool Same(Node a, Node b) => ReferenceEquals(a, b) || a.Equals(b);

    // Where a first child goes: after a session's header, a note's own lines, at an exchange's start, at the end of the log.
    private int AfterOwnLines(Node? parent) => parent switch
    {
        null => _lines.Lines.Length,
        Session { Header: { } header } => header.Line,
        Session session => NodeLines.First(session),
        Note note => NodeLines.First(note) + note.Text.Split('\n').Length,
        _ => NodeLines.First(parent),
    };

    private void Replace(int first, int last, ImmutableArray<string> lines) => _edits.Add(new LineEdit(first, last - first + 1, lines));

    private void Rewrite(int index, string line)
    {
        if (!string.Equals(_lines.Text(index), line, StringComparison.Ordinal))
        {
            _edits.Add(new LineEdit(index, 1, ImmutableArray.Create(line)));
        }
    }

    private void Diff(Node old, Node edited)
    {
        switch (old)
        {
            case Talk talk:
                TalkHeader(talk, (Talk)edited);
                Sequence(talk.Items, ((Session)edited).Items, old);
                break;
            case Session session:
                if (session.Title != ((Session)edited).Title || (session is Section s && s.Level != ((Section)edited).Level))
                {
                    ReplaceText(session.Header!.Value.Line - 1, session.Title!, ((Session)edited).Title!, old);
                }

                Sequence(session.Items, ((Session)edited).Items, old);
                break;
            case Note note:
                OwnText(note, (Note)edited);
                Sequence(note.Children, ((Note)edited).Children, old);
                break;
            case Exchange exchange:
                Sequence(TreePath.ExchangeLines(exchange), TreePath.ExchangeLines((Exchange)edited), old);
                break;
            case TextNode text:
                OwnText(text, (TextNode)edited);
                break;
            case Timestamp stamp:
                var now = (Timestamp)edited;
                if (stamp.Value != now.Value || stamp.HasSeconds != now.HasSeconds)
                {
                    int index = NodeLines.First(stamp);
                    Rewrite(index, NodeLines.Indentation(_lines.Text(index)) + LineRenderer.Stamp(now.Value, now.HasSeconds, _forms));
                }

                break;
            case Heading heading:
                var changed = (Heading)edited;
                if (heading.Level != changed.Level)
                {
                    Rewrite(NodeLines.First(heading), LineRenderer.Heading(changed.Level, changed.Text));
                }
                else if (heading.Text != changed.Text)
                {
                    ReplaceText(NodeLines.First(heading), heading.Text, changed.Text, old);
                }

                break;
            case Blank:
                break;
            default:
                throw new ArgumentException($"{TreePath.Describe(old)} cannot be edited.", _paramName);
        }
    }

    // A heading's or a break's text, replaced where it is written in its line.
    private void ReplaceText(int index, string oldText, string newText, Node node)
    {
        string line = _lines.Text(index);
        int at = oldText.Length == 0 ? -1 : line.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"The title of {TreePath.Describe(node)} is not written in its line as it reads, so it cannot be replaced there.", _paramName);
        }

        Rewrite(index, LineRenderer.Splice(line, at, oldText.Length, newText));
    }

    private void TalkHeader(Talk old, Talk edited)
    {
        int index = old.Header.Line - 1;
        string line = _lines.Text(index);
        var changes = new List<(int Line, int Start, int Length, string Text)>();
        int title = old.Title.Length == 0 ? -1 : line.IndexOf(old.Title, StringComparison.Ordinal);
        if (old.Title != edited.Title)
        {
            if (title < 0)
            {
                throw new ArgumentException($"The title of {TreePath.Describe(old)} is not written in its header as it reads, so it cannot be replaced there.", _paramName);
            }

            changes.Add((index, title, old.Title.Length, edited.Title));
        }

        if (old.Speakers.Length == edited.Speakers.Length)
        {
            for (int i = 0; i < old.Speakers.Length; i++)
            {
                if (NodeContent.Of(old.Speakers[i]) != NodeContent.Of(edited.Speakers[i]))
                {
                    var speaker = old.Speakers[i];
                    changes.Add((speaker.Span.Line - 1, speaker.Span.Column - 1, speaker.Span.Length, SpeakerText(speaker, edited.Speakers[i])));
                }
            }
        }
        else
        {
            changes.Add(SpeakerList(old, edited, index, line, title));
        }

        foreach (var group in changes.GroupBy(c => c.Line))
        {
            string text = _lines.Text(group.Key);
            foreach (var change in group.OrderByDescending(c => c.Start))
            {
                text = LineRenderer.Splice(text, change.Start, change.Length, change.Text);
            }

            Rewrite(group.Key, text);
        }
    }

    // Speakers added or taken away: the header's speaker part written again, in the log's forms.
    private (int, int, int, string) SpeakerList(Talk old, Talk edited, int index, string line, int title)
    {
        if (old.Speakers.Any(s => s.Span.Line != old.Header.Line))
        {
            throw new ArgumentException($"The speakers of {TreePath.Describe(old)} are not all written in its header, so speakers cannot be added or taken away there.", _paramName);
        }

        var written = edited.Speakers.Select(s => LineRenderer.Speaker(s.Name, s.Affiliation, _forms)).ToList();
        string separator = old.Speakers.Length > 1
            ? line.Substring(old.Speakers[0].Span.Column - 1 + old.Speakers[0].Span.Length, old.Speakers[1].Span.Column - 1 - old.Speakers[0].Span.Column + 1 - old.Speakers[0].Span.Length)
            : _forms.SpeakerSeparator;
        if (old.Speakers.IsEmpty || edited.Speakers.IsEmpty)
        {
            if (title < 0)
            {
                throw new ArgumentException($"The title of {TreePath.Describe(old)} is not written in its header as it reads, so speakers cannot be added or taken away there.", _paramName);
            }

            int end = title + old.Title.Length;
            int through = old.Speakers.IsEmpty ? end : old.Speakers[old.Speakers.Length - 1].Span.Column - 1 + old.Speakers[old.Speakers.Length - 1].Span.Length;
            return (index, end, through - end, written.Count == 0 ? string.Empty : _forms.TitleSeparator + string.Join(separator, written));
        }

        int first = old.Speakers[0].Span.Column - 1;
        var last = old.Speakers[old.Speakers.Length - 1].Span;
        return (index, first, last.Column - 1 + last.Length - first, string.Join(separator, written));
    }

    // A speaker written again where it stands: the name and the affiliation replaced within what was written.
    private string SpeakerText(Speaker old, Speaker edited)
    {
        string written = _lines.SpeakerText(old);
        int name = written.IndexOf(old.Name, StringComparison.Ordinal);
        if (name < 0 || old.Handle != edited.Handle)
        {
            throw new ArgumentException($"{TreePath.Describe(old)} is not written as it reads (or its handle changed), so it cannot be replaced in its line.", _paramName);
        }

        string after = written.Substring(name + old.Name.Length);
        if (old.Affiliation != edited.Affiliation)
        {
            int affiliation = old.Affiliation is null ? -1 : after.IndexOf(old.Affiliation, StringComparison.Ordinal);
            after = edited.Affiliation is null ? string.Empty
                : affiliation >= 0 ? LineRenderer.Splice(after, affiliation, old.Affiliation!.Length, edited.Affiliation)
                : _forms.AffiliationOpen + edited.Affiliation + _forms.AffiliationClose + after;
        }

        return LineRenderer.Splice(written, name, written.Length - name, edited.Name + after);
    }

    // A note's, a question's, an answer's or prose's own text, replaced within its lines.
    private void OwnText(TextNode old, TextNode edited)
    {
        var (oldLabel, newLabel) = (old as Note)?.Label is var l && edited is Note n ? (l, n.Label) : (null, null);
        if (old.Text == edited.Text && oldLabel == newLabel)
        {
            return;
        }

        int index = NodeLines.First(old);
        string line = _lines.Text(index);
        int start = _lines.TextStart(old);
        if (start < 0)
        {
            throw new ArgumentException($"The text of {TreePath.Describe(old)} is not written in its line as it reads (markup was taken out of it), so it cannot be replaced there.", _paramName);
        }

        string[] olds = old.Text.Split('\n'), news = edited.Text.Split('\n');
        string head = line.Substring(0, start);
        if (oldLabel != newLabel)
        {
            int label = _lines.LabelStart((Note)old);
            string before = oldLabel is null ? head : head.Substring(0, label);
            head = newLabel is null ? before : before + newLabel + (oldLabel is null ? _forms.LabelSeparator : head.Substring(label + oldLabel.Length));
        }

        if (olds[0].Length == 0 && news[0].Length > 0 && head.Length > 0 && head[head.Length - 1] is not (' ' or '\t'))
        {
            head += " ";
        }

        Rewrite(index, LineRenderer.Splice(line, 0, start + olds[0].Length, head + news[0]));
        if (olds.Length == news.Length)
        {
            for (int i = 1; i < olds.Length; i++)
            {
                string continued = _lines.Text(index + i);
                int at = NodeLines.Locate(continued, olds[i], NodeLines.Indentation(continued).Length);
                if (at < 0)
                {
                    throw new ArgumentException($"Line {index + i + 1} of {TreePath.Describe(old)} is not written as it reads, so it cannot be replaced there.", _paramName);
                }

                Rewrite(index + i, LineRenderer.Splice(continued, at, olds[i].Length, news[i]));
            }
        }
        else
        {
            string indent = olds.Length > 1 ? NodeLines.Indentation(_lines.Text(index + 1)) : new string(' ', start);
            var continuation = news.Skip(1).Select(s => indent + s).ToImmutableArray();
            _edits.Add(new LineEdit(index + 1, olds.Length - 1, continuation));
        }
    }

    // A node added: its lines in the forms of its neighbours (a note takes the marker and indentation of the note beside it).
    private IEnumerable<string> Render(Node node, Node? parent, Node? neighbour)
    {
        switch (node)
        {
            case Note note:
                string prefix = NotePrefix(parent, neighbour as Note);
                return NoteLines(note, prefix);
            case Exchange exchange:
                return TreePath.ExchangeLines(exchange).SelectMany(n => Render(n, exchange, null));
            case Question question:
                return new[] { LineRenderer.AfterPrefix(_forms.QuestionPrefix, question.Text) };
            case Answer answer:
                return new[] { LineRenderer.AfterPrefix(_forms.AnswerPrefix, answer.Text) };
            case Prose prose:
                return new[] { prose.Text };
            case Blank:
                return new[] { string.Empty };
            case Timestamp stamp:
                return new[] { LineRenderer.Stamp(stamp.Value, stamp.HasSeconds, _forms) };
            case Heading heading:
                return new[] { LineRenderer.Heading(heading.Level, heading.Text) };
            case Talk talk:
                var speakers = talk.Speakers.Select(s => LineRenderer.Speaker(s.Name, s.Affiliation, _forms)).ToList();
                return SessionLines(LineRenderer.Header(_forms.HeaderPrefix, talk.Title, speakers, _forms), talk, neighbour as Session);
            case Section section:
                return SessionLines(LineRenderer.Heading(section.Level, section.Title), section, neighbour as Session);
            case Session session:
                return SessionLines(session.Title, session, neighbour as Session);
            default:
                throw new ArgumentException($"{TreePath.Describe(node)} cannot be written as a line.", _paramName);
        }
    }

    // A new session is spaced as the one beside it: a blank line after its header, and one at its end, when that one has them.
    private List<string> SessionLines(string? header, Session session, Session? beside)
    {
        var lines = header is null ? new List<string>() : new List<string> { header };
        bool blankAfterHeader = beside is { Header: not null } && OpensWithBlank(beside.Items) && !OpensWithBlank(session.Items);
        if (blankAfterHeader && header is not null)
        {
            lines.Add(string.Empty);
        }

        lines.AddRange(session.Items.SelectMany(item => Render(item, session, null)));
        if (beside is not null && ClosesWithBlank(beside.Items) && !ClosesWithBlank(session.Items))
        {
            lines.Add(string.Empty);
        }

        return lines;
    }

    private static bool OpensWithBlank(ImmutableArray<SessionItem> items) => items.Length > 0 && items[0] is Blank;

    private static bool ClosesWithBlank(ImmutableArray<SessionItem> items) => items.Length > 0 && items[items.Length - 1] is Blank;

    private string NotePrefix(Node? parent, Note? sibling)
    {
        if (sibling is not null && _lines.BulletPrefix(sibling) is { } beside)
        {
            return beside;
        }

        return parent is Note note && NoteOwnPrefix(note) is { } above
            ? LineRenderer.Deeper(above, _forms)
            : _forms.TopNotePrefix;
    }

    // A note already in the log has its own prefix; a new one was given its parent's, kept by NoteLines.
    private string? NoteOwnPrefix(Note note) => note.Span.Line > 0 ? _lines.BulletPrefix(note) : null;

    private IEnumerable<string> NoteLines(Note note, string prefix)
    {
        string[] segments = note.Text.Split('\n');
        yield return LineRenderer.Bullet(prefix, note.Label, _forms, segments[0]);
        foreach (string segment in segments.Skip(1))
        {
            yield return new string(' ', prefix.Length) + segment;
        }

        string child = LineRenderer.Deeper(prefix, _forms);
        foreach (var line in note.Children.SelectMany(c => NoteLines(c, child)))
        {
            yield return line;
        }
    }
}
