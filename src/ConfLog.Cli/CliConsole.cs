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
        // Console.In decodes with the console's input encoding, which is not UTF-8 everywhere; notes are UTF-8. The
        // byte-order mark is not detected (and so not dropped): it reaches the parser as U+FEFF and is written back.
        // Commands that read all of "-" take this reader's bytes instead (LogInput), so invalid UTF-8 is reported as
        // for a file; only a streamed parse decodes here, where invalid bytes become U+FFFD.
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: false);
        return new CliConsole(input, Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
    }
}
