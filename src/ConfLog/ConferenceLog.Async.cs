using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

// Parse(text) and Parse(text, options) stay as they are, and the token's overload takes it without a default: every
// call resolves as before, and none is ambiguous.
[assembly: SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Scope = "member", Target = "~M:ConfLog.ConferenceLog.Parse(System.String,ConfLog.ConfLogOptions)~ConfLog.ConferenceLog", Justification = "The overload with a token has no optional parameter, so no call is ambiguous.")]

namespace ConfLog;

// The asynchronous and cancellable ways in: reads that never block a thread (ASP.NET Core refuses synchronous reads of
// a request body), and a token checked between lines. The parse itself is the same, run where the awaiting code runs.
public sealed partial class ConferenceLog
{
    // How much a stream's copy reads at a time.
    private const int CopyBlock = 81920;

    // No byte-order mark of its own, so one in the input is read as U+FEFF (as Load reads it) and not skipped.
    private static readonly UTF8Encoding Utf8Reading = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Parses a log, giving up when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="text">The notes; <see langword="null"/> is read as empty.</param>
    /// <param name="options">How to read them; <see cref="ConfLogOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked before the parse and every 64 lines of it.</param>
    /// <returns>The parsed log.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log has errors.</exception>
    /// <remarks>
    /// The reader of real notes (for a log not in the seed's dialect) looks at the whole text in one step: the token
    /// is checked before and after it.
    /// </remarks>
    public static ConferenceLog Parse(string? text, ConfLogOptions? options, CancellationToken cancellationToken) =>
        Parse(text, options, invalidBytes: null, cancellationToken);

    /// <summary>
    /// Reads a UTF-8 stream to its end with asynchronous reads only, then parses it as <see cref="Load(Stream, ConfLogOptions?)"/>
    /// does (invalid bytes become U+FFFD, each with a <c>CL0011</c> diagnostic).
    /// </summary>
    /// <param name="stream">The stream, such as a request's body; it is not closed.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="cancellationToken">Cancels the reading, and the parse between lines.</param>
    /// <returns>The parsed log.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log has errors.</exception>
    public static Task<ConferenceLog> LoadAsync(Stream stream, ConfLogOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stream, nameof(stream));
        return ReadToEndAsync(stream, 0, options, cancellationToken);
    }

    /// <summary>Reads a UTF-8 file with asynchronous reads only, then parses it as <see cref="Load(string, ConfLogOptions?)"/> does.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="cancellationToken">Cancels the reading, and the parse between lines.</param>
    /// <returns>The parsed log.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ConfLogParseException">In strict mode only, when the log has errors.</exception>
    public static Task<ConferenceLog> LoadAsync(string path, ConfLogOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path, nameof(path));
        return LoadFileAsync(path, options, cancellationToken);
    }

    /// <summary>
    /// Reads a log from <paramref name="reader"/> with asynchronous reads only, a block at a time, and gives its
    /// sessions as each is complete, as <see cref="Stream(TextReader, ConfLogOptions?)"/> gives them.
    /// </summary>
    /// <param name="reader">The text; it is read as the stream is enumerated, and not closed.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="cancellationToken">Cancels the enumeration, as a token given to <c>WithCancellation</c> does.</param>
    /// <returns>The stream of sessions, to enumerate once with <c>await foreach</c>.</returns>
    public static AsyncStreamedLog StreamAsync(TextReader reader, ConfLogOptions? options = null, CancellationToken cancellationToken = default) =>
        new(Guard.NotNull(reader, nameof(reader)), ownsReader: false, options ?? ConfLogOptions.Default, cancellationToken);

    /// <summary>
    /// Reads a UTF-8 log from <paramref name="stream"/> with asynchronous reads only and gives its sessions as each
    /// is complete. Invalid bytes become U+FFFD, without the <c>CL0011</c> diagnostic that <c>Load</c> gives.
    /// </summary>
    /// <param name="stream">The stream, such as a request's body; it is read as the sessions are enumerated, and not closed.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="cancellationToken">Cancels the enumeration, as a token given to <c>WithCancellation</c> does.</param>
    /// <returns>The stream of sessions, to enumerate once with <c>await foreach</c>.</returns>
    public static AsyncStreamedLog StreamAsync(Stream stream, ConfLogOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stream, nameof(stream));
        var reader = new StreamReader(stream, Utf8Reading, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);
        return new AsyncStreamedLog(reader, ownsReader: true, options ?? ConfLogOptions.Default, cancellationToken);
    }

    private static async Task<ConferenceLog> LoadFileAsync(string path, ConfLogOptions? options, CancellationToken cancellationToken)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return await ReadToEndAsync(file, (int)Math.Min(file.Length, int.MaxValue), options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ConferenceLog> ReadToEndAsync(Stream stream, int capacity, ConfLogOptions? options, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(capacity);
        await stream.CopyToAsync(buffer, CopyBlock, cancellationToken).ConfigureAwait(false);
        return Decode(buffer.GetBuffer(), (int)buffer.Length, options, cancellationToken);
    }
}
