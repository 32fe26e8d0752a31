using System;
using System.IO;
using System.Text;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Writers;

namespace ConfLog.Cli;

/// <summary>
/// <c>conflog parse FILE --stream [--strict]</c>: JSON Lines, a session at a time, for archives too large to hold.
/// The output is JSON whether or not <c>--json</c> is given; with <c>--strict</c>, a log with errors exits with 1 once written.
/// </summary>
internal static class StreamedParse
{
    public static int Run(string[] paths, bool strict, CliConsole console, ConfLogOptions? options = null)
    {
        if (paths.Length != 1)
        {
            console.Error.WriteLine("conflog: --stream reads one file (or - for standard input) at a time.");
            return ExitCodes.UsageOrIoError;
        }

        string path = paths[0];
        try
        {
            if (Directory.Exists(path))
            {
                console.Error.WriteLine($"conflog: cannot read '{path}': it is a directory, not a file.");
                return ExitCodes.UsageOrIoError;
            }

            using var reader = path == LogInput.StandardInput
                ? null
                : new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
            var log = ConferenceLog.Stream(reader ?? console.Input, options);
            JsonWriter.WriteLines(log, console.Output);
            return strict && log.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.InputHasErrors : ExitCodes.Ok;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            console.Error.WriteLine($"conflog: cannot read '{path}': no such file.");
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"conflog: cannot read '{path}': {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
    }
}
