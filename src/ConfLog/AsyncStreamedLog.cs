using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConfLog.Diagnostics;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog;

/// <summary>
/// The sessions of a log, read with asynchronous reads only and given one by one as each is complete: the
/// asynchronous <see cref="StreamedLog"/>, for a request body in ASP.NET Core (which refuses synchronous reads) or any
/// reader that should not block a thread. Made by <see cref="ConferenceLog.StreamAsync(TextReader, ConfLogOptions?, CancellationToken)"/>;
/// it can be enumerated once.
/// </summary>
/// <example>
/// <code>
/// var stream = ConferenceLog.StreamAsync(request.Body, cancellationToken: token);
/// await foreach (var session in stream)
///     Console.WriteLine(session.Start);
/// Console.WriteLine($"{stream.Diagnostics.Count} diagnostics");
/// </code>
/// </example>
public sealed class AsyncStreamedLog : IAsyncEnumerable<Session>
{
    // Cancellation is checked at most every this many lines, besides before each block is read and each session given.
    private const int CheckEvery = 64;

    private readonly TextReader _reader;
    private readonly bool _ownsReader;
    private readonly ConfLogOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Diagnostic> _diagnostics = new();
    private bool _enumerated;

    internal AsyncStreamedLog(TextReader reader, bool ownsReader, ConfLogOptions options, CancellationToken cancellationToken)
    {
        _reader = reader;
        _ownsReader = ownsReader;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Gets the event, once enumeration has begun (the header is read first); <see langword="null"/> before.</summary>
    public Event? Event { get; private set; }

    /// <summary>
    /// Gets the markup the log was read in, as <see cref="ConferenceLog.Markup"/> says it for the same text, once the
    /// stream has been enumerated to its end; <see langword="null"/> before (a seed-form log may still show a Markdown
    /// heading further on).
    /// </summary>
    public NoteMarkup? Markup { get; private set; }

    /// <summary>Gets why, as <see cref="ConferenceLog.MarkupReason"/> says it, once the stream has ended; <see langword="null"/> before.</summary>
    public string? MarkupReason { get; private set; }

    /// <summary>Gets the days, as <see cref="ConferenceLog.Days"/> gives them, once the stream has ended; empty before.</summary>
    public System.Collections.Immutable.ImmutableArray<Day> Days { get; private set; } = System.Collections.Immutable.ImmutableArray<Day>.Empty;

    /// <summary>
    /// Gets the diagnostics found so far, in the order they were found: the same diagnostics
    /// <see cref="ConferenceLog.Parse(string?, ConfLogOptions?)"/> gives, which it sorts by position.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>
    /// Reads the log, giving each session as soon as the line after it has been read. Both the token given to
    /// <c>StreamAsync</c> and <paramref name="cancellationToken"/> (as <c>WithCancellation</c> passes it) cancel it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the reading: checked between blocks, lines and sessions.</param>
    /// <returns>The sessions, in source order.</returns>
    /// <exception cref="InvalidOperationException">The stream was enumerated before.</exception>
    /// <exception cref="OperationCanceledException">A token was cancelled (thrown by the enumerator).</exception>
    /// <exception cref="ConfLogParseException">In strict mode only, at the end, when the log had errors.</exception>
    public IAsyncEnumerator<Session> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("A streamed log reads its text reader once; parse again to read it again.");
        }

        _enumerated = true;

        // The compiler links the token given here with the one the iterator was called with.
        return Read(_cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    private async IAsyncEnumerable<Session> Read([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            var reading = new StreamedReading(_options, _diagnostics);
            var ready = new List<Session>();
            int countdown = CheckEvery;
            await foreach (var line in SourceReader.LinesAsync(_reader, cancellationToken).ConfigureAwait(false))
            {
                if (--countdown == 0)
                {
                    countdown = CheckEvery;
                    cancellationToken.ThrowIfCancellationRequested();
                }

                reading.Add(line, ready);
                if (ready.Count > 0)
                {
                    Event = reading.Event;
                    foreach (var session in ready)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return session;
                    }

                    ready.Clear();
                }
            }

            reading.End(ready, cancellationToken);
            Event = reading.Event;
            Markup = reading.Markup;
            MarkupReason = reading.MarkupReason;
            Days = reading.Days;
            foreach (var session in ready)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return session;
            }

            reading.ThrowIfStrict();
        }
        finally
        {
            if (_ownsReader)
            {
                // A reader made over a caller's stream leaves that stream open.
                _reader.Dispose();
            }
        }
    }
}
