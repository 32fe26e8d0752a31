using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>Turns a finished draft into its immutable session: a talk with its speakers, a break, or a section.</summary>
internal sealed class SessionFactory
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly TextSource _texts;

    public SessionFactory(List<Diagnostic> diagnostics, TextSource texts)
    {
        _diagnostics = diagnostics;
        _texts = texts;
    }

    public Session Finish(SessionDraft draft)
    {
        var first = draft.Leading.Count > 0 ? draft.Leading[0] : draft.Header;
        var last = draft.Body.Count > 0 ? draft.Body[draft.Body.Count - 1] : draft.Header;
        var span = first.Source.Span.Through(last.Source.Span);
        var sessionItems = ItemBuilder.Build(draft.Leading.Count == 0 ? draft.Body : draft.Leading.Concat(draft.Body), _diagnostics, _texts);
        var header = draft.Header.Source.Span;
        return draft.Header.Syntax switch
        {
            TalkHeaderLine talk => new Talk(TitleOf(draft.Header, talk), SpeakersOf(draft.Header, talk), header, sessionItems, draft.Start, draft.End, draft.StartInferred, span),
            HeadingLine { Talk: { } talk } => new Talk(TitleOf(draft.Header, talk), SpeakersOf(draft.Header, talk), header, sessionItems, draft.Start, draft.End, draft.StartInferred, span),
            HeadingLine heading => new Section(heading.Text.Text, heading.Level, header, sessionItems, draft.Start, draft.End, span),
            BreakLine pause => new Break(pause.Name.Text, header, sessionItems, draft.Start, draft.End, span),
            _ => throw new InvalidOperationException("A session header is a talk header, a break heading or a heading."),
        };
    }

    private TextSlice TitleOf(LogLine line, TalkHeaderLine talk)
    {
        if (talk.Title.Length == 0)
        {
            _diagnostics.Add(DiagnosticCodes.EmptyTalkTitle.At(line.Source.Span, "a talk header with an empty title before ' / '"));
        }

        return _texts.Of(line, talk.Title);
    }

    private ImmutableArray<Speaker> SpeakersOf(LogLine line, TalkHeaderLine talk)
    {
        if (talk.Speakers.IsEmpty)
        {
            _diagnostics.Add(DiagnosticCodes.MissingSpeaker.At(line.Source.Span, "a talk header with no speaker after ' / '"));
            return ImmutableArray<Speaker>.Empty;
        }

        // "Kenji Ito, Laura Becker (Fabrikam)": an affiliation written once, after the last speaker, is everyone's.
        var shared = talk.Speakers.Length > 1 && talk.Speakers[talk.Speakers.Length - 1].Affiliation is { } last ? _texts.Of(line, last) : default;
        return talk.Speakers.Select(part =>
        {
            int end = part.Affiliation is { } affiliation
                ? ClosingParenthesis(line.Source.Text, affiliation.Index + affiliation.Length) + 1
                : part.Name.Index + part.Name.Length;
            var span = line.Source.SpanOf(part.Name.Index, end - part.Name.Index);
            return new Speaker(_texts.Of(line, part.Name), part.Affiliation is { } own ? _texts.Of(line, own) : shared, span);
        }).ToImmutableArray();
    }

    // The affiliation is trimmed, so its closing parenthesis may stand after white space: "Ann (Acme )".
    private static int ClosingParenthesis(string text, int from)
    {
        int at = text.IndexOfAny(ClosingParentheses, from);
        return at < 0 ? text.Length - 1 : at;
    }

    private static readonly char[] ClosingParentheses = { ')', '）' };
}
