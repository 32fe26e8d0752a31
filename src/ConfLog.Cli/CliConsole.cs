using System;
using System.IO;
using System.Text;

namespace ConfLog.Cli;

/// <summary>
/// Where a run of <c>conflog</c> reads and writes, and whether its output and error streams are terminals.
/// Only the real console can be a terminal, so runs driven with writers (tests, hosts) always get plain text and no progress.
/// </summary>
/// <param name="Input">Standard input, read for the file <c>-</c>.</param>
/// <param name="Output">Where results go.</param>
/// <param name="Error">Where errors and progress go.</param>
/// <param name="OutputIsTerminal">Whether <paramref name="Output"/> is a terminal that can show colour.</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is a terminal that can show a progress line.</param>
internal sealed record CliConsole(TextReader Input, TextWriter Output, TextWriter Error, bool OutputIsTerminal, bool ErrorIsTerminal)
{
    public static CliConsole FromSystemConsole()
    {
        var (output, error) = Utf8Output();

        // Console.In decodes with the console's input encoding, which is not UTF-8 everywhere; notes are UTF-8. The
        // byte-order mark is not detected (and so not dropped): it reaches the parser as U+FEFF and is written back.
        // Commands that read all of "-" take this reader's bytes instead (LogInput), so invalid UTF-8 is reported as
        // for a file; only a streamed parse decodes here, where invalid bytes become U+FFFD.
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: false);
        return new CliConsole(input, output, error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
    }

    // Console.Out and Console.Error encode with the console's code page: an OEM page on Windows (437, 932...), and on
    // Unix the charset the locale names (en_US.ISO-8859-1 wrote every Japanese character as '?'). Notes are UTF-8, and
    // so is what conflog writes, on every platform, to a terminal or redirected; without a byte-order mark, which would
    // spoil redirected JSON. Done at start-up, before anything is written; left alone when it is already so.
    private static (TextWriter Output, TextWriter Error) Utf8Output()
    {
        if (Console.OutputEncoding is UTF8Encoding utf8 && utf8.GetPreamble().Length == 0)
        {
            return (Console.Out, Console.Error);
        }

        var noBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        try
        {
            // Also switches a Windows console to code page 65001, so a terminal shows what is written.
            Console.OutputEncoding = noBom;
            return (Console.Out, Console.Error);
        }
        catch (IOException)
        {
            // Windows refuses the code page when no console is attached (a service, some CI agents): the output is a
            // pipe or a file then, so UTF-8 bytes are written to the streams themselves.
            return (Utf8Writer(Console.OpenStandardOutput(), noBom), Utf8Writer(Console.OpenStandardError(), noBom));
        }
    }

    private static TextWriter Utf8Writer(Stream stream, Encoding encoding) =>
        TextWriter.Synchronized(new StreamWriter(stream, encoding) { AutoFlush = true });
}
