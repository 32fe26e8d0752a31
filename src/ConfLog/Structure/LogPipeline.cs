using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// The whole pipeline, a line at a time: each line is read by the grammar, checked, and handed to the assembler,
/// which makes each session as soon as it is complete. Parse and Stream both run it, so what the grammar read in a
/// line dies young instead of being held, and promoted, for the length of a large parse.
/// </summary>
internal sealed class LogPipeline
{
    private readonly ConfLogOptions _options;
    private readonly List<Diagnostic> _diagnostics;
    private readonly TextSource _texts;
    private readonly LineReader _reader;
    private readonly TimeOrder _order;
    private readonly List<ParsedLine> _header = new();
    private readonly EventReader.HeaderWatch _watch = new();
    private readonly Queue<Session> _ready = new();
    private readonly ReadingOverlay? _overlay;
    private int _seedHeaders;
    private int _otherHeadings;
    private SessionAssembler? _assembler;

    /// <summary>Initializes a pipeline for one log.</summary>
    /// <param name="options">How to read it.</param>
    /// <param name="diagnostics">Receives what could not be understood, in the order found.</param>
    /// <param name="texts">Where the model's texts point.</param>
    /// <param name="overlay">The reader's decisions to lay over the grammar's, or null to read the seed's dialect.</param>
    public LogPipeline(ConfLogOptions options, List<Diagnostic> diagnostics, TextSource texts, ReadingOverlay? overlay = null)
    {
        _overlay = overlay;
        _options = options;
        _diagnostics = diagnostics;
        _texts = texts;
        _reader = new LineReader(options) { TextIsClean = texts.IsClean };
        _order = new TimeOrder(diagnostics);
    }

    /// <summary>Gets the event, once its header has been read (at the latest when the log ends); null before.</summary>
    public Event? Event { get; private set; }

    /// <summary>
    /// Gets the number of the line, among the first <see cref="DialectPrefix"/>, where the seed's dialect was decided: a
    /// talk header of its own form (<c>Title / Speaker</c>, bare or as a heading, its title not a paragraph), such
    /// headers being by then at least as many as the other headings; 0 while it is not decided.
    /// </summary>
    public int SeedHeaderLine { get; private set; }

    /// <summary>Gets how the log is read.</summary>
    public ConfLogOptions Options => _options;

    /// <summary>Gets whether a Markdown heading was read.</summary>
    public bool HeadingSeen { get; private set; }

    /// <summary>Gets the number of lines fed so far.</summary>
    public int LineCount { get; private set; }

    /// <summary>
    /// The number of lines in which a talk header of the seed's form decides the dialect: the same bounded prefix the
    /// reader decides the markup from, so that a stream can decide it before holding more.
    /// </summary>
    public const int DialectPrefix = Outline.MarkupDetector.PrefixLines;

    /// <summary>Reads a whole log, each line where it stands in the input.</summary>
    /// <param name="lines">A cursor before the first line.</param>
    /// <param name="options">How to read them.</param>
    /// <param name="diagnostics">Receives what could not be understood, in the order found.</param>
    /// <param name="texts">Where the model's texts point.</param>
    /// <param name="overlay">The reader's decisions, or null for the seed's dialect.</param>
    /// <param name="cancellationToken">Checked every 64 lines (see <see cref="FeedUpTo"/>).</param>
    /// <returns>The pipeline, complete, and the sessions, in order.</returns>
    public static (LogPipeline Pipeline, ImmutableArray<Session> Sessions) ReadAll(LineCursor lines, ConfLogOptions options, List<Diagnostic> diagnostics, TextSource texts, ReadingOverlay? overlay = null, CancellationToken cancellationToken = default)
    {
        var pipeline = new LogPipeline(options, diagnostics, texts, overlay);
        var sessions = ImmutableArray.CreateBuilder<Session>();
        pipeline.FeedUpTo(ref lines, int.MaxValue, sessions, cancellationToken);
        pipeline.Complete();
        pipeline.Drain(sessions);
        return (pipeline, sessions.ToImmutable());
    }

    /// <summary>Feeds the lines from <paramref name="lines"/> until <paramref name="upTo"/> have been read or the text ends.</summary>
    /// <param name="lines">The cursor, left after the last line fed.</param>
    /// <param name="upTo">How many lines the pipeline is to have read.</param>
    /// <param name="made">Receives the sessions made meanwhile.</param>
    /// <param name="cancellationToken">Checked every 64 lines, before the 64th, 128th, ... line is read: a field read, not a cost of every line.</param>
    public void FeedUpTo(ref LineCursor lines, int upTo, ImmutableArray<Session>.Builder made, CancellationToken cancellationToken)
    {
        while (LineCount < upTo && lines.MoveNext())
        {
            if ((lines.Number & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Feed(lines);
            Drain(made);
        }
    }

    /// <summary>Reads the sessions of <paramref name="source"/>, each as soon as the line after it has been read.</summary>
    /// <param name="source">The lines, read as the sessions are enumerated.</param>
    /// <returns>The sessions, in order; <see cref="Event"/> is set once the first is given, or at the end.</returns>
    public IEnumerable<Session> Read(IEnumerable<SourceLine> source)
    {
        foreach (var line in source)
        {
            Feed(line);
            while (_ready.Count > 0)
            {
                yield return _ready.Dequeue();
            }
        }

        Complete();
        while (_ready.Count > 0)
        {
            yield return _ready.Dequeue();
        }
    }

    // The work for a line is a call of its own, not a loop's body: a whole parse runs its loop in one call, which
    // the runtime would leave less optimized than a method called for every line.
    /// <summary>Reads one more line.</summary>
    /// <param name="sourceLine">The line.</param>
    public void Feed(SourceLine sourceLine) => Accept(_reader.Read(sourceLine, _diagnostics));

    /// <summary>Reads the line at <paramref name="cursor"/>, where it stands in the input.</summary>
    /// <param name="cursor">The line.</param>
    public void Feed(in LineCursor cursor) => Accept(_reader.Read(cursor, _diagnostics));

    private void Accept(ParsedLine line)
    {
        LineCount++;
        if (_overlay is not null)
        {
            // A "# heading" on the first line stays the event's title, even where the reader took it for a day or a
            // section: the event reads its date and hours from it as it always did.
            if (_overlay.At(line.Number) is { } read && !(read is ReadHeadingLine && LineCount == 1 && line.Syntax is HeadingLine { Level: 1 }))
            {
                line = line with { Syntax = read };
            }
        }
        else
        {
            Watch(line);
        }

        _order.Check(line);
        if (_assembler is not null)
        {
            _assembler.Add(line);
            return;
        }

        // The event's lines come first; hold them until a line that cannot belong to the header.
        _header.Add(line);
        if (!_watch.MayContinueWith(line))
        {
            _assembler = Begin();
        }
    }

    /// <summary>Ends the log: the last session is made.</summary>
    /// <returns>The event.</returns>
    public Event Complete()
    {
        (_assembler ?? Begin()).Complete();
        return Event!;
    }

    /// <summary>Moves the sessions made so far to <paramref name="sessions"/>.</summary>
    /// <param name="sessions">Where they go, in order.</param>
    public void Drain(ICollection<Session> sessions)
    {
        while (_ready.Count > 0)
        {
            sessions.Add(_ready.Dequeue());
        }
    }

    // A header's title is a title, not a paragraph: a long line of prose with " / " in it ("… to exchange private
    // information / metadata to access …") is read by the grammar as a header, but says nothing of the dialect.
    private const int MaxSeedTitleLength = 120;

    private void Watch(in ParsedLine line)
    {
        var talk = line.Syntax switch
        {
            HeadingLine heading => heading.Talk,
            TalkHeaderLine header => header,
            _ => null,
        };
        HeadingSeen |= line.Syntax is HeadingLine;

        // A markup forced on the log is read by the reader of real notes: no header of the seed's form decides it.
        if (SeedHeaderLine > 0 || line.Number > DialectPrefix || _options.Markup is { } forced && forced != NoteMarkup.Plain)
        {
            return;
        }

        if (talk is not null && OpensInAnotherForm(talk.Title.Text))
        {
            // Evidence of another form, as a heading of another markup would be: it never decides the seed's dialect.
            _otherHeadings++;
            return;
        }

        if (talk is not null && talk.Title.Length <= MaxSeedTitleLength)
        {
            _seedHeaders++;
        }
        else if (line.Syntax is HeadingLine)
        {
            _otherHeadings++;
        }

        // Header lines of the seed's form make the dialect when they are at least as many as the other headings: a
        // Markdown document of headings with a line or two of "A / B" in its notes is not written in it.
        if (talk is not null && _seedHeaders >= _otherHeadings)
        {
            SeedHeaderLine = line.Number;
        }
    }

    // "!!! Title / Name" is a Hiki heading and "= Title / Name" an RD one, whose markup the seed's grammar does not read;
    // "13:00-13:30 Title / Name" opens with the talk's time, which the seed's grammar would leave in its title. Such a
    // header says the notes are in another form: the reader of real notes reads them, "Title / Name" included.
    private static bool OpensInAnotherForm(string title) =>
        title.Length > 0 && (title[0] is '!' or '=' || (title.Length >= 4 && char.IsDigit(title[0]) && (title[1] == ':' || (char.IsDigit(title[1]) && title[2] == ':'))));

    private void Drain(ImmutableArray<Session>.Builder sessions)
    {
        while (_ready.Count > 0)
        {
            sessions.Add(_ready.Dequeue());
        }
    }

    private SessionAssembler Begin()
    {
        var lines = _header.ToImmutableArray();
        Event = EventReader.Read(lines, _options, _diagnostics, out int first, _overlay?.Notes);
        var assembler = new SessionAssembler(Event, _diagnostics, _ready, _texts, byReader: _overlay is not null);
        for (int i = first; i < lines.Length; i++)
        {
            assembler.Add(lines[i]);
        }

        _header.Clear();
        return assembler;
    }
}
