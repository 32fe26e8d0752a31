using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using ConfLog.Diagnostics;
using ConfLog.Model;
using ConfLog.Structure;
using ConfLog.Text;

namespace ConfLog;

/// <summary>
/// The reading of a streamed log, fed a line at a time by <see cref="StreamedLog"/> (from a reader's synchronous
/// reads) and by <see cref="AsyncStreamedLog"/> (from its asynchronous reads), so both give the same sessions.
/// </summary>
/// <remarks>
/// The dialect is decided from the first lines (<see cref="LogPipeline.DialectPrefix"/>), as Parse decides it: until a
/// talk header of the seed's form is read there, the lines and the sessions made of them are held. With one, the held
/// sessions are given and the rest streams in bounded memory. With none in the prefix, the reader of real notes needs
/// the whole text (which level holds the talks is decided from every heading): the rest is read into memory and the
/// text parsed whole at the end.
/// </remarks>
internal sealed class StreamedReading
{
    private readonly ConfLogOptions _options;
    private readonly List<Diagnostic> _diagnostics;
    private readonly LogPipeline _pipeline;
    private readonly List<Session> _heldSessions = new();
    private List<SourceLine>? _held = new();
    private StringBuilder? _whole;

    /// <summary>Initializes the reading of one log.</summary>
    /// <param name="options">How to read it.</param>
    /// <param name="diagnostics">Receives the diagnostics, in the order found.</param>
    public StreamedReading(ConfLogOptions options, List<Diagnostic> diagnostics)
    {
        _options = options;
        _diagnostics = diagnostics;
        _pipeline = new LogPipeline(options, diagnostics, TextSource.Lines);
    }

    /// <summary>Gets the event, once the dialect is decided and the header read; null before.</summary>
    public Event? Event { get; private set; }

    /// <summary>Gets the markup the log was read in, once it has ended; null before.</summary>
    public NoteMarkup? Markup { get; private set; }

    /// <summary>Gets why, once the log has ended; null before.</summary>
    public string? MarkupReason { get; private set; }

    /// <summary>Gets the days, once the log has ended; empty before, and for a log with none.</summary>
    public ImmutableArray<Day> Days { get; private set; } = ImmutableArray<Day>.Empty;

    /// <summary>Reads one more line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="ready">Receives the sessions this line completed (or, when it decided the dialect, those held).</param>
    public void Add(SourceLine line, List<Session> ready)
    {
        if (_whole is not null)
        {
            _whole.Append(line.Text).Append(line.Ending);
            return;
        }

        if (_held is null)
        {
            _pipeline.Feed(line);
            _pipeline.Drain(ready);
            if (ready.Count > 0)
            {
                Event = _pipeline.Event;
            }

            return;
        }

        _held.Add(line);
        _pipeline.Feed(line);
        _pipeline.Drain(_heldSessions);
        if (_pipeline.SeedHeaderLine != 0)
        {
            _held = null;
            Event = _pipeline.Event;
            ready.AddRange(_heldSessions);
            _heldSessions.Clear();
        }
        else if (_held.Count == LogPipeline.DialectPrefix)
        {
            _whole = Text(_held);
            _held = null;
            _heldSessions.Clear();
        }
    }

    /// <summary>Ends the log: the last session is made, or the whole text parsed.</summary>
    /// <param name="ready">Receives the sessions not given yet.</param>
    /// <param name="cancellationToken">Checked while a whole text is parsed.</param>
    public void End(List<Session> ready, CancellationToken cancellationToken)
    {
        var whole = _whole ?? (_held is null ? null : Text(_held));
        if (whole is null)
        {
            _pipeline.Complete();
            _pipeline.Drain(ready);
            Event = _pipeline.Event;

            // The seed's dialect, decided in the prefix: the reader of real notes, and so its days, never ran.
            var dialect = Dialect.OfSeedHeader(_pipeline);
            Markup = dialect.Markup;
            MarkupReason = dialect.Reason;
            return;
        }

        _held = null;
        _whole = null;
        _heldSessions.Clear();
        var log = ConferenceLog.Parse(whole.ToString(), _options with { Strict = false }, cancellationToken);
        _diagnostics.Clear();
        _diagnostics.AddRange(log.Diagnostics);
        Event = log.Event;
        Markup = log.Markup;
        MarkupReason = log.MarkupReason;
        Days = log.Days;
        ready.AddRange(log.Sessions);
    }

    /// <summary>Throws, in strict mode, when the log had errors; called once every session has been given.</summary>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log had errors.</exception>
    public void ThrowIfStrict()
    {
        if (_options.Strict && _diagnostics.Any(d => d.IsError))
        {
            throw new ConfLogParseException(DiagnosticOrder.Sort(_diagnostics));
        }
    }

    private static StringBuilder Text(List<SourceLine> held)
    {
        var text = new StringBuilder();
        if (held.Count > 0 && held[0].Offset > 0)
        {
            text.Append('\uFEFF');
        }

        foreach (var line in held)
        {
            text.Append(line.Text).Append(line.Ending);
        }

        return text;
    }
}
