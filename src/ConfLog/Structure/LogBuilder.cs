using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// Groups the read lines into the event and its sessions, and infers when each session started and ended.
/// </summary>
/// <remarks>
/// A session runs from its header to the next one. Its tail, from the first timestamp after its last
/// line of content, is a gap: the gap's first timestamp ends the session, its last timestamp starts the
/// next one, and any content in between forms an interlude.
/// </remarks>
internal sealed class LogBuilder
{
    private readonly ImmutableArray<LogLine> _lines;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<object> _order = new();

    private LogBuilder(ImmutableArray<LogLine> lines, List<Diagnostic> diagnostics)
    {
        _lines = lines;
        _diagnostics = diagnostics;
    }

    public static (Event Event, ImmutableArray<Session> Sessions) Build(ImmutableArray<LogLine> lines, ConfLogOptions options, List<Diagnostic> diagnostics)
    {
        var builder = new LogBuilder(lines, diagnostics);
        var ev = EventReader.Read(lines, options.DateCulture, diagnostics, out int first);
        TimeOrder.Check(lines, diagnostics);
        return (ev, builder.BuildSessions(first, ev));
    }

    private ImmutableArray<Session> BuildSessions(int first, Event ev)
    {
        var headers = FindHeaders(first);

        SessionDraft? previous = null;
        var gap = Slice(first, headers.Count > 0 ? headers[0] : _lines.Length);
        for (int h = 0; h < headers.Count; h++)
        {
            int end = h + 1 < headers.Count ? headers[h + 1] : _lines.Length;
            var draft = new SessionDraft(headers[h], _lines[headers[h]]);
            int tail = TailStart(headers[h], end);
            draft.Body.AddRange(Slice(headers[h] + 1, tail));
            ResolveGap(previous, gap, draft);
            _order.Add(draft);
            previous = draft;
            gap = Slice(tail, end);
        }

        ResolveGap(previous, gap, null);
        InferFirstTalkStart(ev);
        return _order.Select(Finish).ToImmutableArray();
    }

    // Talk headers and break headings open sessions; so do headings, unless they are deeper than the heading
    // of the session they stand in (a plain header counts as "##"), where they are items of that session.
    private List<int> FindHeaders(int first)
    {
        const int PlainHeaderLevel = 2;
        var headers = new List<int>();
        int level = 0;
        for (int i = first; i < _lines.Length; i++)
        {
            switch (_lines[i].Syntax)
            {
                case TalkHeaderLine or BreakLine:
                    headers.Add(i);
                    level = PlainHeaderLevel;
                    break;
                case HeadingLine heading when heading.Talk is not null || headers.Count == 0 || heading.Level <= level:
                    headers.Add(i);
                    level = heading.Level;
                    break;
            }
        }

        return headers;
    }

    // The tail starts at the first timestamp after the last line that is neither a timestamp, prose nor blank.
    private int TailStart(int header, int end)
    {
        int content = header;
        for (int i = end - 1; i > header; i--)
        {
            if (_lines[i].Syntax is not (TimestampLine or ProseLine or BlankLine))
            {
                content = i;
                break;
            }
        }

        for (int i = content + 1; i < end; i++)
        {
            if (_lines[i].Syntax is TimestampLine)
            {
                return i;
            }
        }

        return end;
    }

    private void ResolveGap(SessionDraft? previous, List<LogLine> gap, SessionDraft? next)
    {
        int rest = 0;
        if (previous is not null && gap.Count > 0)
        {
            previous.End = ((TimestampLine)gap[0].Syntax).Value;
            previous.Body.Add(gap[0]);
            rest = 1;
        }

        var stamps = gap.Select(line => line.Syntax).OfType<TimestampLine>().ToList();
        if (next is not null && stamps.Count > 0)
        {
            next.Start = stamps[stamps.Count - 1].Value;
        }

        var remaining = gap.Skip(rest).ToList();
        if (remaining.Count == 0)
        {
            return;
        }

        bool onlyTimes = remaining.All(line => line.Syntax is TimestampLine or BlankLine);
        if (onlyTimes && next is not null)
        {
            next.Leading.AddRange(remaining);
        }
        else if (onlyTimes && previous is not null)
        {
            previous.Body.AddRange(remaining);
        }
        else
        {
            _order.Add(remaining);
        }
    }

    private void InferFirstTalkStart(Event ev)
    {
        var firstTalk = _order.OfType<SessionDraft>().FirstOrDefault(d => d.Header.Syntax is TalkHeaderLine or HeadingLine { Talk: not null });
        if (firstTalk is null || firstTalk.Start is not null || ev.StartsAt is null)
        {
            return;
        }

        bool stampBefore = _lines.Take(firstTalk.HeaderIndex).Any(line => line.Syntax is TimestampLine);
        if (!stampBefore)
        {
            firstTalk.Start = ev.StartsAt;
            firstTalk.StartInferred = true;
        }
    }

    private Session Finish(object entry)
    {
        if (entry is List<LogLine> interlude)
        {
            var items = ItemBuilder.Build(interlude, _diagnostics);
            return new Interlude(items, interlude[0].Source.Span.Through(interlude[interlude.Count - 1].Source.Span));
        }

        var draft = (SessionDraft)entry;
        var owned = draft.Leading.Concat(new[] { draft.Header }).Concat(draft.Body).ToList();
        var span = owned[0].Source.Span.Through(owned[owned.Count - 1].Source.Span);
        var sessionItems = ItemBuilder.Build(draft.Leading.Concat(draft.Body), _diagnostics);
        var header = draft.Header.Source.Span;
        return draft.Header.Syntax switch
        {
            TalkHeaderLine talk => new Talk(TitleOf(draft.Header, talk), SpeakersOf(draft.Header, talk), header, sessionItems, draft.Start, draft.End, draft.StartInferred, span),
            HeadingLine { Talk: { } talk } => new Talk(TitleOf(draft.Header, talk), SpeakersOf(draft.Header, talk), header, sessionItems, draft.Start, draft.End, draft.StartInferred, span),
            HeadingLine heading => new Section(heading.Text.Text, heading.Level, header, sessionItems, draft.Start, draft.End, span),
            BreakLine pause => new Break(pause.Name.Text, header, sessionItems, draft.Start, draft.End, false, span),
            _ => throw new InvalidOperationException("A session header is a talk header, a break heading or a heading."),
        };
    }

    private string TitleOf(LogLine line, TalkHeaderLine talk)
    {
        if (talk.Title.Length == 0)
        {
            _diagnostics.Add(DiagnosticCodes.EmptyTalkTitle.At(line.Source.Span, "a talk header with an empty title before ' / '"));
        }

        return talk.Title.Text;
    }

    private ImmutableArray<Speaker> SpeakersOf(LogLine line, TalkHeaderLine talk)
    {
        if (talk.Speakers.IsEmpty)
        {
            _diagnostics.Add(DiagnosticCodes.MissingSpeaker.At(line.Source.Span, "a talk header with no speaker after ' / '"));
            return ImmutableArray<Speaker>.Empty;
        }

        // "Kenji Ito, Laura Becker (Fabrikam)": an affiliation written once, after the last speaker, is everyone's.
        string? shared = talk.Speakers.Length > 1 ? talk.Speakers[talk.Speakers.Length - 1].Affiliation?.Text : null;
        return talk.Speakers.Select(part =>
        {
            int end = part.Affiliation is { } affiliation
                ? Math.Min(line.Source.Text.Length, affiliation.Index + affiliation.Length + 1)
                : part.Name.Index + part.Name.Length;
            var span = line.Source.SpanOf(part.Name.Index, end - part.Name.Index);
            return new Speaker(part.Name.Text, part.Affiliation?.Text ?? shared, span);
        }).ToImmutableArray();
    }

    private List<LogLine> Slice(int start, int end)
    {
        var slice = new List<LogLine>(Math.Max(0, end - start));
        for (int i = start; i < end; i++)
        {
            slice.Add(_lines[i]);
        }

        return slice;
    }
}
