using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>Writes a finished draft down as its session: a talk with its speakers, a break, or a section.</summary>
internal sealed class SessionFactory
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly TextSource _texts;
    private readonly Blueprint _blueprint;
    private readonly ItemBuilder _items;

    public SessionFactory(List<Diagnostic> diagnostics, TextSource texts, Blueprint blueprint)
    {
        _diagnostics = diagnostics;
        _texts = texts;
        _blueprint = blueprint;
        _items = new ItemBuilder(diagnostics, texts, blueprint);
    }

    /// <summary>Writes the session of a finished draft, with its items and speakers, to the blueprint.</summary>
    /// <param name="draft">The draft.</param>
    public void Write(SessionDraft draft)
    {
        var first = draft.Leading.Count > 0 ? draft.Leading[0] : draft.Header;
        var last = draft.Body.Count > 0 ? draft.Body[draft.Body.Count - 1] : draft.Header;
        var (firstItem, itemCount) = _items.Write(draft.Leading.Count == 0 ? draft.Body : draft.Leading.Concat(draft.Body));
        var row = new SessionRow
        {
            Header = draft.Header.Source.Span,
            Span = first.Source.Span.Through(last.Source.Span),
            FirstItem = firstItem,
            ItemCount = itemCount,
            Start = draft.Start,
            End = draft.End,
        };
        switch (draft.Header.Syntax)
        {
            case TalkHeaderLine talk:
                WriteTalk(ref row, draft, talk);
                break;
            case HeadingLine { Talk: { } talk }:
                WriteTalk(ref row, draft, talk);
                break;
            case HeadingLine heading:
                row.Kind = SessionKind.Section;
                row.Title = new TextSlice(heading.Text.Text);
                row.Level = heading.Level;
                break;
            case BreakLine pause:
                row.Kind = SessionKind.Break;
                row.Title = new TextSlice(pause.Name.Text);
                break;
            default:
                throw new InvalidOperationException("A session header is a talk header, a break heading or a heading.");
        }

        _blueprint.Add(row);
    }

    /// <summary>Writes an interlude: lines between two sessions that belong to neither.</summary>
    /// <param name="lines">The lines, at least one.</param>
    public void WriteInterlude(List<LogLine> lines)
    {
        var (first, count) = _items.Write(lines);
        _blueprint.Add(new SessionRow
        {
            Kind = SessionKind.Interlude,
            FirstItem = first,
            ItemCount = count,
            Span = lines[0].Source.Span.Through(lines[lines.Count - 1].Source.Span),
        });
    }

    private void WriteTalk(ref SessionRow row, SessionDraft draft, TalkHeaderLine talk)
    {
        row.Kind = SessionKind.Talk;
        row.Title = TitleOf(draft.Header, talk);
        (row.FirstSpeaker, row.SpeakerCount) = SpeakersOf(draft.Header, talk);
        row.StartInferred = draft.StartInferred;
    }

    private TextSlice TitleOf(LogLine line, TalkHeaderLine talk)
    {
        if (talk.Title.Length == 0)
        {
            _diagnostics.Add(DiagnosticCodes.EmptyTalkTitle.At(line.Source.Span, "a talk header with an empty title before ' / '"));
        }

        return _texts.Of(line, talk.Title);
    }

    private (int First, int Count) SpeakersOf(LogLine line, TalkHeaderLine talk)
    {
        if (talk.Speakers.IsEmpty)
        {
            _diagnostics.Add(DiagnosticCodes.MissingSpeaker.At(line.Source.Span, "a talk header with no speaker after ' / '"));
            return (_blueprint.ReserveItems(0), 0);
        }

        // "Kenji Ito, Laura Becker (Fabrikam)": an affiliation written once, after the last speaker, is everyone's.
        var shared = talk.Speakers.Length > 1 && talk.Speakers[talk.Speakers.Length - 1].Affiliation is { } last ? _texts.Of(line, last) : default;
        int block = _blueprint.ReserveItems(talk.Speakers.Length);
        for (int i = 0; i < talk.Speakers.Length; i++)
        {
            var part = talk.Speakers[i];
            int end = part.Affiliation is { } affiliation
                ? ClosingParenthesis(line.Source.Text, affiliation.Index + affiliation.Length) + 1
                : part.Name.Index + part.Name.Length;
            _blueprint.Item(block + i) = new ItemRow
            {
                Kind = ItemKind.Speaker,
                Text = _texts.Of(line, part.Name),
                Label = part.Affiliation is { } own ? _texts.Of(line, own) : shared,
                Span = line.Source.SpanOf(part.Name.Index, end - part.Name.Index),
            };
        }

        return (block, talk.Speakers.Length);
    }

    // The affiliation is trimmed, so its closing parenthesis may stand after white space: "Ann (Acme )".
    private static int ClosingParenthesis(string text, int from)
    {
        int at = text.IndexOfAny(ClosingParentheses, from);
        return at < 0 ? text.Length - 1 : at;
    }

    private static readonly char[] ClosingParentheses = { ')', '）' };
}
