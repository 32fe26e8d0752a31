using System;
using System.IO;
using System.Text;

namespace ConfLog.Cli;

/// <summary>A file, or standard input, read and parsed (or only decoded, for <c>format</c>); or the reason it could not be.</summary>
/// <param name="Path">The path as given on the command line (<c>-</c> for standard input).</param>
/// <param name="Log">The parsed log, or <see langword="null"/> when it could not be read or was only decoded.</param>
/// <param name="Failure">Why it could not be read (one line, starting with <c>conflog:</c>), or <see langword="null"/>.</param>
internal sealed record LogInput(string Path, ConferenceLog? Log, string? Failure)
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    // A NUL in the first 8 KB is how git and grep tell binary files from text; UTF-8 text never has one there.
    private const int BinaryProbeLength = 8192;

    // Strict, so that only text that decodes without a replacement is taken as text.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Gets the text, when the input was only decoded (<see cref="ReadText"/>) and is valid UTF-8.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the name used for the input in diagnostics and headers.</summary>
    public string DisplayName => Path == StandardInput ? "<stdin>" : Path;

    /// <summary>Reads and parses the input, with <paramref name="options"/> (the default ones when null).</summary>
    public static LogInput Read(string path, TextReader standardInput, ConfLogOptions? options = null) => Acquire(path, standardInput, parse: true, options);

    /// <summary>
    /// Reads and decodes the input without parsing it, for a command that reads the lines itself. Invalid UTF-8 has
    /// no <see cref="Text"/>: it is parsed then, only so that <see cref="Log"/> says where the bad bytes are (CL0011).
    /// </summary>
    public static LogInput ReadText(string path, TextReader standardInput) => Acquire(path, standardInput, parse: false);

    private static LogInput Acquire(string path, TextReader standardInput, bool parse, ConfLogOptions? options = null)
    {
        if (path == StandardInput)
        {
            // The console gives a UTF-8 reader over standard input's bytes, not yet read from: read those, as a file's,
            // so invalid UTF-8 is reported (CL0011) rather than replaced without a word by the reader's decoder.
            if (standardInput is StreamReader { CurrentEncoding: UTF8Encoding, BaseStream: { CanRead: true } bytes })
            {
                using var copy = new MemoryStream();
                bytes.CopyTo(copy);
                return FromBytes(path, copy.ToArray(), "standard input is not a text file", parse, options);
            }

            string text = standardInput.ReadToEnd();
            int nul = text.IndexOf('\0', 0, Math.Min(text.Length, BinaryProbeLength));
            return nul >= 0
                ? Failed(path, $"standard input is not a text file: it has a NUL character at offset {nul}.")
                : parse ? new LogInput(path, ConferenceLog.Parse(text, options), null) : new LogInput(path, null, null) { Text = text };
        }

        try
        {
            // Opening a directory fails with "access denied", which sends the user looking at permissions: say what it is.
            if (Directory.Exists(path))
            {
                return Failed(path, $"cannot read '{path}': it is a directory, not a file.");
            }

            return FromBytes(path, File.ReadAllBytes(path), $"cannot read '{path}': it is not a text file", parse, options);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Failed(path, $"cannot read '{path}': no such file.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(path, $"cannot read '{path}': {e.Message}");
        }
    }

    private static LogInput FromBytes(string path, byte[] bytes, string notText, bool parse, ConfLogOptions? options)
    {
        int nul = Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, BinaryProbeLength));
        if (nul >= 0)
        {
            return Failed(path, $"{notText} (it has a NUL byte at offset {nul}){Utf16Hint(bytes)}.");
        }

        if (!parse)
        {
            try
            {
                // GetString keeps a byte-order mark as U+FEFF, as Load does.
                return new LogInput(path, null, null) { Text = StrictUtf8.GetString(bytes) };
            }
            catch (DecoderFallbackException)
            {
                // Falls through to the parse, which gives each invalid run its place.
            }
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return new LogInput(path, ConferenceLog.Load(stream, options), null);
    }

    private static LogInput Failed(string path, string message) => new(path, null, "conflog: " + message);

    // UTF-16 is text, just not the UTF-8 conflog reads: a hint saves the user a hex dump.
    private static string Utf16Hint(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
            ? "; it looks like UTF-16, save it as UTF-8"
            : string.Empty;
}
