using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using ConfLog.Writers;

namespace ConfLog.Cli;

/// <summary><c>conflog convert FILE --to markdown|json|ics [-o OUT] [--tz ZONE]</c>.</summary>
internal static class ConvertCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The notes file to convert; '-' reads standard input." };
        FileArguments.RejectOptionLikeValues(file);
        var to = new Option<string>("--to") { Description = "The output format: markdown, json or ics (iCalendar).", Required = true };
        to.AcceptOnlyFromAmong("markdown", "json", "ics");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var timeZone = new Option<string?>("--tz") { Description = "For ics: the IANA time zone the notes' times are in (e.g. Asia/Tokyo); the machine's zone by default, with a warning." };
        var command = new Command(
            "convert",
            "Convert notes to Markdown (headings per talk, nested notes, each question a list item with its answers under it), JSON (as parse --json), or iCalendar (one event per talk and break).")
        {
            file,
            to,
            output,
            timeZone,
        };
        command.SetAction(result =>
        {
            var input = LogInput.Read(result.GetValue(file)!, console.Input);
            if (input.Log is null)
            {
                console.Error.WriteLine(input.Failure);
                return ExitCodes.UsageOrIoError;
            }

            string text;
            switch (result.GetValue(to))
            {
                case "markdown":
                    using (var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" })
                    {
                        MarkdownWriter.Write(input.Log, writer);
                        text = writer.ToString();
                    }

                    break;
                case "json":
                    text = input.Log.ToJson() + "\n";
                    break;
                default:
                    string? given = result.GetValue(timeZone);
                    string zone = given ?? IcsWriter.LocalTimeZone();
                    if (!IcsWriter.IsKnownTimeZone(zone))
                    {
                        console.Error.WriteLine($"conflog: unknown time zone '{zone}'; give an IANA id such as Asia/Tokyo or Europe/Paris.");
                        return ExitCodes.UsageOrIoError;
                    }

                    if (given is null)
                    {
                        // Notes hold wall-clock times only: taking the wrong zone moves every event, so say which one.
                        console.Error.WriteLine($"conflog: no --tz given: the times are read as {zone}, this machine's time zone.");
                    }

                    text = IcsWriter.Write(input.Log, zone, Stamp(input.Path), out var skipped);
                    foreach (var session in skipped)
                    {
                        console.Error.WriteLine($"conflog: left out the session on line {session.Span.Line}: it has no start time.");
                    }

                    break;
            }

            return Emit(text, result.GetValue(output), console);
        });
        return command;
    }

    /// <summary>
    /// When the notes were last changed, for the events' DTSTAMP, LAST-MODIFIED and SEQUENCE: the file's last write
    /// time, so converting the same file twice gives the same calendar. Standard input has none: the Unix time in
    /// <c>SOURCE_DATE_EPOCH</c> when it is set (as reproducible builds do), the current time otherwise.
    /// </summary>
    private static DateTime Stamp(string path)
    {
        if (path != LogInput.StandardInput)
        {
            return File.GetLastWriteTimeUtc(path);
        }

        return long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
            && seconds <= 253402300799
            ? DateTime.UnixEpoch.AddSeconds(seconds)
            : DateTime.UtcNow;
    }

    private static int Emit(string text, string? path, CliConsole console)
    {
        if (path is null)
        {
            console.Output.Write(text);
            return ExitCodes.Ok;
        }

        try
        {
            File.WriteAllBytes(path, Utf8.GetBytes(text));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"conflog: cannot write '{path}': {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
    }
}
