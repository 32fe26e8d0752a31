using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>Makes the session of a finished draft: a talk with its speakers, a break, or a section.</summary>
internal sealed class SessionFactory
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly TextSource _texts;
    private readonly ItemBuilder _items;
    private readonly DateTime? _eventDate;

    public SessionFactory(List<Diagnostic> diagnostics, TextSource texts, DateTime? eventDate = null)
    {
        _diagnostics = diagnostics;
        _texts = texts;
        _eventDate = eventDate;
        _items = new ItemBuilder(diagnostics, texts);
    }

    /// <summary>Makes the session of a finished draft, with its items and speakers.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The session.</returns>
    public Session Make(SessionDraft draft)
    {
        var first = draft.Leading.Count > 0 ? draft.Leading[0] : draft.Header;
        var last = draft.Body.Count > 0 ? draft.Body[draft.Body.Count - 1] : draft.Header;
        var span = first.Span.Through(last.Span);
        var header = draft.Header.Span;
        var items = _items.Build(draft.Leading, draft.Body);
        return draft.Header.Syntax switch
        {
            TalkHeaderLine talk => MakeTalk(draft, talk, items, span),
            HeadingLine { Talk: { } talk } => MakeTalk(draft, talk, items, span),
            HeadingLine heading => new Section(heading.Text.Text, heading.Level, header, items, draft.Start, draft.End, span),
            BreakLine pause => new Break(pause.Name.Text, header, items, draft.Start, draft.End, span),
            ReadTalkLine read => ReadTalks.Make(draft, read, items, span, _eventDate),
            ReadHeadingLine heading => new Section(heading.Text, heading.Level, header, items, draft.Start, draft.End, span) { Evidence = ImmutableArray.Create(heading.Why) },
            ReadBreakLine pause => new Break(pause.Name, header, items, draft.Start, draft.End, span) { Evidence = ImmutableArray.Create(pause.Why) },
            _ => throw new InvalidOperationException("A session header is a talk header, a break heading or a heading."),
        };
    }

    /// <summary>Makes an interlude: lines between two sessions that belong to neither.</summary>
    /// <param name="lines">The lines, at least one.</param>
    /// <returns>The interlude.</returns>
    public Interlude MakeInterlude(LineRun lines) =>
        new(_items.Build(lines, default), lines[0].Span.Through(lines[lines.Count - 1].Span));

    private Talk MakeTalk(SessionDraft draft, TalkHeaderLine talk, ImmutableArray<SessionItem> items, SourceSpan span) =>
        new(TitleOf(draft.Header, talk), SpeakersOf(draft.Header, talk), draft.Header.Span, items, draft.Start, draft.End, draft.StartInferred, span);

    private TextSlice TitleOf(in ParsedLine line, TalkHeaderLine talk)
    {
        if (talk.Title.Length == 0)
        {
            _diagnostics.Add(DiagnosticCodes.EmptyTalkTitle.At(line.Span, "a talk header with an empty title before ' / '"));
        }

        return _texts.Of(line, talk.Title);
    }

    private ImmutableArray<Speaker> SpeakersOf(in ParsedLine line, TalkHeaderLine talk)
    {
        if (talk.Speakers.IsEmpty)
        {
            _diagnostics.Add(DiagnosticCodes.MissingSpeaker.At(line.Span, "a talk header with no speaker after ' / '"));
            return ImmutableArray<Speaker>.Empty;
        }

        // "Kenji Ito, Laura Becker (Fabrikam)": an affiliation written once, after the last speaker, is everyone's.
        var shared = talk.Speakers.Length > 1 && talk.Speakers[talk.Speakers.Length - 1].Affiliation is { } last ? _texts.Of(line, last) : default;
        var speakers = new Speaker[talk.Speakers.Length];
        for (int i = 0; i < speakers.Length; i++)
        {
            var part = talk.Speakers[i];
            int end = part.Affiliation is { } affiliation
                ? ClosingParenthesis(line, affiliation.Index + affiliation.Length) + 1
                : part.Name.Index + part.Name.Length;
            speakers[i] = new Speaker(
                _texts.Of(line, part.Name),
                part.Affiliation is { } own ? _texts.Of(line, own) : shared,
                line.SpanOf(part.Name.Index, end - part.Name.Index));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(speakers);
    }

    // The affiliation is trimmed, so its closing parenthesis may stand after white space: "Ann (Acme )".
    private static int ClosingParenthesis(in ParsedLine line, int from)
    {
        int at = line.Line.IndexOfAny(ClosingParentheses, from);
        return at < 0 ? line.Length - 1 : at;
    }

    private static readonly char[] ClosingParentheses = { ')', '）' };
}
