using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ConfLog.Diagnostics;
using ConfLog.Writers;

namespace ConfLog.Cli;

/// <summary><c>conflog format FILE... [--check | --stdout]</c>: rewrites notes in the canonical form of <see cref="CanonicalWriter"/>.</summary>
internal static class FormatCommand
{
    // The byte-order mark, when the file had one, is U+FEFF in the text: the encoder must not add a second.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliConsole console)
    {
        var files = FileArguments.Create("The notes files to format, in place unless --check or --stdout is given.");
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that would change and exit with 1 if there is any." };
        var stdout = new Option<bool>("--stdout") { Description = "Print the formatted text instead of writing the files." };
        var command = new Command(
            "format",
            "Rewrite notes in canonical form: '- ' bullets (indentation kept), [yyyy-MM-dd HH:mm] stamps, 'Title / Speaker(Affiliation), ...' headers, no trailing spaces or tabs. Line endings, byte-order mark and all other text are kept.")
        {
            files,
            check,
            stdout,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(check) && result.GetValue(stdout))
            {
                result.AddError("--check and --stdout cannot be used together.");
            }
        });
        command.SetAction(result =>
        {
            var paths = result.GetValue(files)!;
            bool checkOnly = result.GetValue(check);
            bool print = result.GetValue(stdout);
            int exitCode = ExitCodes.Ok;
            foreach (string path in paths)
            {
                // Decoded, not parsed: the canonical form reads each line once, and needs no event or sessions.
                var input = LogInput.ReadText(path, console.Input);
                if (input.Failure is not null)
                {
                    console.Error.WriteLine(input.Failure);
                    exitCode = ExitCodes.UsageOrIoError;
                    continue;
                }

                if (input.Text is null)
                {
                    // The bad bytes were decoded to U+FFFD: writing the text back would destroy them for good.
                    var invalid = input.Log!.Diagnostics.First(d => d.Code == DiagnosticCodes.InvalidUtf8.Code);
                    console.Error.WriteLine($"conflog: not formatting '{input.DisplayName}': {invalid.Format(input.DisplayName)}");
                    exitCode = Math.Max(exitCode, ExitCodes.InputHasErrors);
                    continue;
                }

                string canonical = CanonicalWriter.Write(input.Text);
                bool changes = canonical != input.Text;
                if (print || (path == LogInput.StandardInput && !checkOnly))
                {
                    if (paths.Length > 1)
                    {
                        console.Output.WriteLine(OutlinePrinter.FileHeader(input));
                    }

                    console.Output.Write(canonical);
                }
                else if (changes && checkOnly)
                {
                    console.Output.WriteLine($"would reformat {input.DisplayName}");
                    exitCode = Math.Max(exitCode, ExitCodes.InputHasErrors);
                }
                else if (changes)
                {
                    exitCode = Math.Max(exitCode, Save(input.Path, canonical, console));
                }
            }

            return exitCode;
        });
        return command;
    }

    private static int Save(string path, string canonical, CliConsole console)
    {
        try
        {
            File.WriteAllBytes(path, Utf8.GetBytes(canonical));
            console.Output.WriteLine($"reformatted {path}");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"conflog: cannot write '{path}': {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
    }
}
