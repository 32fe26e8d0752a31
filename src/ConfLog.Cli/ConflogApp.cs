using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using ConfLog.Writers;

namespace ConfLog.Cli;

/// <summary>
/// The <c>conflog</c> command line. Built with System.CommandLine: it is the .NET team's own parser,
/// gives <c>--help</c> on every command for free, and runs in-process with its output redirected, which the tests rely on.
/// </summary>
public static class ConflogApp
{
    /// <summary>The command's name, as installed by the tool package and as help and usage print it.</summary>
    internal const string Name = "conflog";

    private const string Description =
        "conflog: reads conference notes (talk headers, bullets, Q/A, timestamps) into an outline, JSON, Markdown or iCalendar, " +
        "lints them and formats them. With no command, prints the outline of the bundled BitVisor Summit 2012 seed.\n\n" +
        "Exit codes: 0 done; 1 the input has errors (parse --strict, check), or format --check found files to change; " +
        "2 usage error, or a file that cannot be read or written.";

    /// <summary>Runs the command line with nothing on standard input.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, TextReader.Null, output, error);

    /// <summary>Runs the command line; the file <c>-</c> reads <paramref name="input"/>.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="output">Where results go; never coloured.</param>
    /// <param name="error">Where errors go; no progress is shown on it.</param>
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error) =>
        Run(args, new CliConsole(input, output, error, OutputIsTerminal: false, ErrorIsTerminal: false));

    internal static int Run(string[] args, CliConsole console)
    {
        // RootCommand takes its name from the running executable: ConfLog.Cli under `dotnet run` and the tests, so help
        // said "Usage: ConfLog.Cli [command] [options]". A plain command named conflog, with the options RootCommand
        // would add, reads the same however it is started.
        var root = new Command(Name, Description) { new HelpOption(), new VersionOption() };
        root.SetAction(_ =>
        {
            OutlineWriter.Write(BundledSeed.Load(), console.Output, BundledSeed.Name);
            return ExitCodes.Ok;
        });
        root.Subcommands.Add(ParseCommand.Create(console));
        root.Subcommands.Add(OutlineCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(FormatCommand.Create(console));
        root.Subcommands.Add(ConvertCommand.Create(console));
        var result = root.Parse(args);
        if (result.Errors.Count > 0 && result.Action is ParseErrorAction)
        {
            // System.CommandLine's own error action exits with 1, which conflog keeps for "the input has errors";
            // a wrong command line is a usage error, and its messages belong on the error writer, not with the help on the output.
            foreach (var parseError in result.Errors)
            {
                console.Error.WriteLine($"conflog: {parseError.Message}");
            }

            string command = result.CommandResult.Command == root ? "conflog" : "conflog " + result.CommandResult.Command.Name;
            console.Error.WriteLine($"Run '{command} --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }

        return result.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error });
    }
}
