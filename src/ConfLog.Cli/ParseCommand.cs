using System;
using System.CommandLine;
using System.IO;
using System.Text;
using ConfLog.Writers;

namespace ConfLog.Cli;

/// <summary><c>conflog parse FILE [--json] [--strict]</c>: parses one file and prints its outline or its JSON.</summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE") { Description = "The notes file to parse (UTF-8, with or without a byte-order mark)." };
        var json = new Option<bool>("--json") { Description = "Print the parsed log as JSON instead of an outline." };
        var strict = new Option<bool>("--strict") { Description = "Exit with 1 and list the diagnostics when the log has errors." };
        var command = new Command("parse", "Parse a notes file and print its outline, or its JSON with --json.") { file, json, strict };
        command.SetAction(result =>
        {
            string path = result.GetValue(file)!;
            ConferenceLog log;
            try
            {
                // Opening a directory fails with "access denied", which sends the user looking at permissions: say what it is.
                if (Directory.Exists(path))
                {
                    error.WriteLine($"conflog: cannot read '{path}': it is a directory, not a file.");
                    return ExitCodes.UsageOrIoError;
                }

                log = ConferenceLog.Load(path);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                error.WriteLine($"conflog: cannot read '{path}': no such file.");
                return ExitCodes.UsageOrIoError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"conflog: cannot read '{path}': {e.Message}");
                return ExitCodes.UsageOrIoError;
            }

            if (result.GetValue(strict) && log.HasErrors)
            {
                foreach (var diagnostic in log.Diagnostics)
                {
                    error.WriteLine(diagnostic.Format(path));
                }

                return ExitCodes.InputHasErrors;
            }

            if (result.GetValue(json))
            {
                output.Write(log.ToJson() + "\n");
            }
            else
            {
                OutlineWriter.Write(log, output, path);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
