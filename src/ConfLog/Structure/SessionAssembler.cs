using System.Collections.Generic;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;

namespace ConfLog.Structure;

/// <summary>
/// Groups lines, fed one at a time after the event header, into sessions, and makes each session as soon as it is
/// complete: when the next session's header arrives, or at the end. Only the lines of
/// the session in progress are held, so a log of any length is read in memory bounded by its largest session.
/// </summary>
/// <remarks>
/// A session runs from its header to the next one. Its tail, from the first timestamp after its last line of
/// content, is a gap: the gap's first timestamp ends the session, its last timestamp starts the next one, and
/// any content in between forms an interlude.
/// </remarks>
internal sealed class SessionAssembler
{
    // A plain "Title / Speaker" header or a break counts as a "##" heading: deeper headings stay inside it.
    private const int PlainHeaderLevel = 2;

    private readonly Event _event;
    private readonly SessionFactory _factory;
    private readonly Queue<Session> _ready;
    private readonly List<LogLine> _pending = new();
    private readonly List<LogLine> _gap = new();
    private SessionDraft? _current;
    private int _level;
    private bool _stampSeen;
    private bool _talkSeen;
    private readonly bool _byReader;

    /// <summary>Initializes an assembler for the sessions after <paramref name="ev"/>'s header.</summary>
    /// <param name="ev">The event, whose hours a first talk with no timestamp starts at.</param>
    /// <param name="diagnostics">Receives what could not be understood.</param>
    /// <param name="ready">Receives each session once it is complete.</param>
    /// <param name="texts">Where the model's texts point.</param>
    /// <param name="byReader">Whether the reader of real notes decided the sessions: then only its lines open them.</param>
    public SessionAssembler(Event ev, List<Diagnostic> diagnostics, Queue<Session> ready, TextSource texts, bool byReader = false)
    {
        _event = ev;
        _ready = ready;
        _byReader = byReader;
        _factory = new SessionFactory(diagnostics, texts, ev.Date);
    }

    public void Add(LogLine line)
    {
        if (OpensSession(line))
        {
            Close(new SessionDraft(line));
            return;
        }

        _pending.Add(line);
        _stampSeen |= line.Syntax is TimestampLine;
    }

    public void Complete() => Close(null);

    // Talk headers and break headings open sessions; so do headings, unless they are deeper than the heading of
    // the session they stand in, where they are items of that session.
    private bool OpensSession(LogLine line)
    {
        if (_byReader)
        {
            // As in the seed's dialect, a heading deeper than the one that opened the session in progress is an item
            // of it: a "### details" under a "# talk" stays in the talk.
            switch (line.Syntax)
            {
                case ReadTalkLine talk:
                    _level = talk.Level;
                    return true;
                case ReadBreakLine:
                    _level = int.MaxValue;
                    return true;
                case ReadHeadingLine heading when _current is null || heading.Level <= _level:
                    _level = heading.Level;
                    return true;
                default:
                    return false;
            }
        }

        switch (line.Syntax)
        {
            case TalkHeaderLine or BreakLine:
                _level = PlainHeaderLevel;
                return true;
            case HeadingLine heading when heading.Talk is not null || _current is null || heading.Level <= _level:
                _level = heading.Level;
                return true;
            default:
                return false;
        }
    }

    private void Close(SessionDraft? next)
    {
        // Plain loops, not LINQ, and one list for every gap, made into its interlude before the next: this runs once
        // per session, and archives have hundreds of thousands.
        var gap = _gap;
        gap.Clear();
        int tail = _current is null ? 0 : TailStart(_pending);
        if (_current is not null)
        {
            _current.Body.Capacity = tail + 1;
            for (int i = 0; i < tail; i++)
            {
                _current.Body.Add(_pending[i]);
            }
        }

        for (int i = tail; i < _pending.Count; i++)
        {
            gap.Add(_pending[i]);
        }

        _pending.Clear();
        var interlude = ResolveGap(_current, gap, next);
        if (_current is not null)
        {
            _ready.Enqueue(_factory.Make(_current));
        }

        if (interlude is not null)
        {
            _ready.Enqueue(_factory.MakeInterlude(interlude));
        }

        if (next is not null && IsTalk(next) && !_talkSeen)
        {
            _talkSeen = true;
            InferStart(next);
        }

        _current = next;
    }

    // The tail starts at the first timestamp after the last line that is neither a timestamp, prose nor blank.
    private static int TailStart(List<LogLine> lines)
    {
        int content = -1;
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Syntax is not (TimestampLine or ProseLine or BlankLine))
            {
                content = i;
                break;
            }
        }

        for (int i = content + 1; i < lines.Count; i++)
        {
            if (lines[i].Syntax is TimestampLine)
            {
                return i;
            }
        }

        return lines.Count;
    }

    // Gives the lines that form an interlude between the two sessions, or null when there are none.
    private static List<LogLine>? ResolveGap(SessionDraft? previous, List<LogLine> gap, SessionDraft? next)
    {
        int rest = 0;
        if (previous is not null && gap.Count > 0)
        {
            previous.End = ((TimestampLine)gap[0].Syntax).Value;
            previous.Body.Add(gap[0]);
            rest = 1;
        }

        if (next is not null && LastStamp(gap) is { } lastStamp)
        {
            next.Start = lastStamp.Value;
        }

        gap.RemoveRange(0, rest);
        var remaining = gap;
        if (remaining.Count == 0)
        {
            return null;
        }

        bool onlyTimes = true;
        foreach (var line in remaining)
        {
            onlyTimes &= line.Syntax is TimestampLine or BlankLine;
        }

        if (onlyTimes && next is not null)
        {
            next.Leading.AddRange(remaining);
            return null;
        }

        if (onlyTimes && previous is not null)
        {
            previous.Body.AddRange(remaining);
            return null;
        }

        return remaining;
    }

    private static TimestampLine? LastStamp(List<LogLine> lines)
    {
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Syntax is TimestampLine stamp)
            {
                return stamp;
            }
        }

        return null;
    }

    // The first talk with no timestamp anywhere before it starts when the event opens.
    private void InferStart(SessionDraft talk)
    {
        if (talk.Start is null && !_stampSeen && _event.StartsAt is { } opening)
        {
            talk.Start = opening;
            talk.StartInferred = true;
        }
    }

    private static bool IsTalk(SessionDraft draft) => draft.Header.Syntax is TalkHeaderLine or HeadingLine { Talk: not null } or ReadTalkLine;
}
