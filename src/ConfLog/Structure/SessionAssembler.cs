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
    // A session's lines are gathered here, session after session: made large enough for most sessions at once, it does
    // not grow through four sizes in the first few sessions of every parse.
    private readonly List<ParsedLine> _pending = new(64);
    private readonly List<ParsedLine> _leading = new();
    private SessionDraft? _current;

    // The draft of the last session made, for the next header to open.
    private SessionDraft? _spare;
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

    public void Add(in ParsedLine line)
    {
        if (OpensSession(line))
        {
            var next = (_spare ?? new SessionDraft()).Open(line);
            _spare = null;
            Close(next);
            return;
        }

        _pending.Add(line);
        _stampSeen |= line.Syntax is TimestampLine;
    }

    public void Complete() => Close(null);

    // Talk headers and break headings open sessions; so do headings, unless they are deeper than the heading of
    // the session they stand in, where they are items of that session.
    private bool OpensSession(in ParsedLine line)
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
        // Plain loops, not LINQ, and one list for the lines after every header, read where they stand: this runs once
        // per session, and archives have hundreds of thousands. The lines after the session in progress are its body,
        // up to its tail; what follows the tail's first timestamp (the session's end) is a gap between it and the next.
        var lines = _pending;
        int gap = _current is null ? 0 : TailStart(lines);
        int rest = gap;
        if (_current is not null && gap < lines.Count)
        {
            _current.End = ((TimestampLine)lines[gap].Syntax).Value;
            rest++;
        }

        if (next is not null && LastStamp(lines, gap) is { } lastStamp)
        {
            next.Start = lastStamp.Value;
        }

        // What is left of the gap after the session's end: the next session's leading lines or the end of this one's
        // body when it holds only times and blank lines, and otherwise an interlude.
        bool leads = false;
        bool interlude = false;
        int bodyEnd = rest;
        if (rest < lines.Count)
        {
            bool onlyTimes = OnlyTimes(lines, rest);
            leads = onlyTimes && next is not null;
            interlude = !onlyTimes || (next is null && _current is null);
            if (onlyTimes && !leads && _current is not null)
            {
                bodyEnd = lines.Count;
            }
        }

        if (_current is not null)
        {
            _current.Body = new LineRun(lines, 0, bodyEnd);
            _ready.Enqueue(_factory.Make(_current));
        }

        if (interlude)
        {
            _ready.Enqueue(_factory.MakeInterlude(new LineRun(lines, rest, lines.Count - rest)));
        }

        // The session just made no longer needs its leading lines: the list takes the next one's.
        _leading.Clear();
        if (leads)
        {
            for (int i = rest; i < lines.Count; i++)
            {
                _leading.Add(lines[i]);
            }

            next!.Leading = new LineRun(_leading, 0, _leading.Count);
        }

        lines.Clear();
        if (next is not null && IsTalk(next) && !_talkSeen)
        {
            _talkSeen = true;
            InferStart(next);
        }

        _spare = _current;
        _current = next;
    }

    // The tail starts at the first timestamp after the last line that is neither a timestamp, prose nor blank.
    private static int TailStart(List<ParsedLine> lines)
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

    private static bool OnlyTimes(List<ParsedLine> lines, int from)
    {
        for (int i = from; i < lines.Count; i++)
        {
            if (lines[i].Syntax is not (TimestampLine or BlankLine))
            {
                return false;
            }
        }

        return true;
    }

    private static TimestampLine? LastStamp(List<ParsedLine> lines, int from)
    {
        for (int i = lines.Count - 1; i >= from; i--)
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
