using System.CommandLine;
using System.Linq;
using ConfLog.Writers;

namespace ConfLog.Cli;

/// <summary><c>conflog parse FILE... [--json] [--strict] [--stream] [--markup NAME]</c>: parses files and prints their outlines, or their JSON.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var files = FileArguments.Create("The notes files to parse (UTF-8, with or without a byte-order mark).");
        var json = new Option<bool>("--json") { Description = "Print the parsed log as JSON instead of an outline; several files give a JSON array." };
        var strict = new Option<bool>("--strict") { Description = "Exit with 1 and list the diagnostics when a log has errors." };
        var stream = new Option<bool>("--stream") { Description = "Read one file a line at a time and print JSON Lines (JSON with or without --json): the event, each session as soon as it is complete, then the diagnostics. Memory stays bounded by the largest session, for archives of any size. With --strict, exits with 1 after writing when the log has errors." };
        var markup = MarkupOption.Create();
        var command = new Command("parse", "Parse notes files and print their outlines, or their JSON with --json.") { files, json, strict, stream, markup };
        command.SetAction(result =>
        {
            var options = MarkupOption.Options(result.GetValue(markup));
            if (result.GetValue(stream))
            {
                return StreamedParse.Run(result.GetValue(files)!, result.GetValue(strict), console, options);
            }

            var inputs = FileArguments.ReadAll(result.GetValue(files)!, console, options);
            if (inputs is null)
            {
                return ExitCodes.UsageOrIoError;
            }

            if (result.GetValue(strict) && inputs.Any(input => input.Log!.HasErrors))
            {
                foreach (var input in inputs.Where(input => input.Log!.HasErrors))
                {
                    foreach (var diagnostic in input.Log!.Diagnostics)
                    {
                        console.Error.WriteLine(diagnostic.Format(input.DisplayName));
                    }
                }

                return ExitCodes.InputHasErrors;
            }

            if (!result.GetValue(json))
            {
                OutlinePrinter.Print(inputs, console.Output, color: false);
            }
            else if (inputs.Count == 1)
            {
                // Written a session at a time: a large log's JSON is never held whole.
                JsonWriter.Write(inputs[0].Log!, console.Output);
                console.Output.Write('\n');
            }
            else
            {
                // One array written by one writer: each log's JSON is made once, and passed on a session at a time.
                JsonWriter.Write(inputs.Select(input => input.Log!), console.Output);
                console.Output.Write('\n');
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
