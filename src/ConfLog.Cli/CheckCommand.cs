using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ConfLog.Diagnostics;

namespace ConfLog.Cli;

/// <summary>
/// <c>conflog check FILE|DIR... [--warnings-as-errors] [--markup NAME] [--format text|github|sarif]</c>: lints notes the
/// way compilers report, then sums up; or writes GitHub Actions annotations, or a SARIF log, for CI.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = FileArguments.Create("Notes files, or directories: every *.txt and *.md below a directory is checked, in sorted order (hidden ones skipped).", "PATH");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit with 1 when there is any warning, not only any error." };
        var markup = MarkupOption.Create();
        var format = new Option<string>("--format")
        {
            Description = "How to report: text ('path(line,col): severity CODE: message', then a summary line), github (GitHub Actions workflow commands: '::error file=...,line=...,col=...::message', ::warning, ::notice) or sarif (a SARIF 2.1.0 log, for code scanning).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => CheckReport.Formats[0],
        };
        format.AcceptOnlyFromAmong(CheckReport.Formats);
        var command = new Command(
            "check",
            "Lint notes: print each diagnostic as 'path(line,col): severity CODE: message', then a summary line (or, with --format, GitHub annotations or SARIF). Exits 1 when there is an error (or a warning, with --warnings-as-errors), 2 when a file cannot be read.")
        {
            paths,
            warningsAsErrors,
            markup,
            format,
        };
        command.SetAction(result =>
        {
            var files = CheckTargets.Expand(result.GetValue(paths)!);
            var options = MarkupOption.Options(result.GetValue(markup));
            var progress = new ProgressLine(console.Error, files.Count, console.ErrorIsTerminal);

            // Standard input is read once, before the files, and every '-' given reports it: read from two threads, it
            // would go to one of them.
            var standardInput = files.Contains(LogInput.StandardInput) ? LogInput.Read(LogInput.StandardInput, console.Input, options) : null;

            // Files are parsed in parallel; AsOrdered hands them back in the sorted order, so the report never varies.
            var inputs = files.AsParallel().AsOrdered().Select(path =>
            {
                var input = path == LogInput.StandardInput ? standardInput! : LogInput.Read(path, console.Input, options);
                progress.Advance();
                return input;
            });
            var report = CheckReport.For(result.GetValue(format)!, console.Output);
            var tally = new Tally();
            bool unreadable = false;
            foreach (var input in inputs)
            {
                if (input.Log is null)
                {
                    progress.Clear();
                    console.Error.WriteLine(input.Failure);
                    report.Unreadable(input.DisplayName, input.Failure!);
                    unreadable = true;
                    continue;
                }

                tally.Files++;
                var diagnostics = input.Log.Diagnostics.Concat(NoTalk(input.Log)).ToList();
                if (diagnostics.Count > 0)
                {
                    progress.Clear();
                }

                report.File(input.DisplayName, diagnostics);
                foreach (var diagnostic in diagnostics)
                {
                    tally.Add(diagnostic.Severity);
                }
            }

            progress.Clear();
            report.End(tally.ToString());
            if (unreadable)
            {
                return ExitCodes.UsageOrIoError;
            }

            bool failed = tally.Errors > 0 || (result.GetValue(warningsAsErrors) && tally.Warnings > 0);
            return failed ? ExitCodes.InputHasErrors : ExitCodes.Ok;
        });
        return command;
    }

    // CL0013 when a file with text in it gives no talk: the user learns which markup it was read in, and why, instead
    // of a silent exit 0 on notes that were not understood.
    private static IEnumerable<Diagnostic> NoTalk(ConferenceLog log)
    {
        if (!log.Talks.IsEmpty || string.IsNullOrWhiteSpace(log.Source.Text) || log.Source.Lines.IsEmpty)
        {
            yield break;
        }

        string markup = log.Markup.ToString().ToLowerInvariant();
        yield return DiagnosticCodes.NoTalkFound.At(log.Source.Lines[0].SpanOf(0, 0), $"no talk found; read as {markup} ({log.MarkupReason})");
    }

    private sealed class Tally
    {
        public int Files { get; set; }

        public int Errors { get; private set; }

        public int Warnings { get; private set; }

        public int Infos { get; private set; }

        public void Add(DiagnosticSeverity severity)
        {
            switch (severity)
            {
                case DiagnosticSeverity.Error:
                    Errors++;
                    break;
                case DiagnosticSeverity.Warning:
                    Warnings++;
                    break;
                default:
                    Infos++;
                    break;
            }
        }

        public override string ToString() =>
            $"{Count(Files, "file")} checked: {Count(Errors, "error")}, {Count(Warnings, "warning")}, {Count(Infos, "info")}";

        private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
    }
}
