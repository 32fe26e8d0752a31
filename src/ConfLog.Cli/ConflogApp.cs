using System.CommandLine;
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
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("conflog: reads conference notes (talk headers, bullets, Q/A, timestamps) into an outline or JSON. With no command, prints the outline of the bundled BitVisor Summit 2012 seed.");
        root.SetAction(_ =>
        {
            OutlineWriter.Write(BundledSeed.Load(), output, BundledSeed.Name);
            return ExitCodes.Ok;
        });
        root.Subcommands.Add(ParseCommand.Create(output, error));
        var result = root.Parse(args);
        if (result.Errors.Count > 0 && result.Action is ParseErrorAction)
        {
            // System.CommandLine's own error action exits with 1, which conflog keeps for "the input has errors";
            // a wrong command line is a usage error, and its messages belong on the error writer, not with the help on the output.
            foreach (var parseError in result.Errors)
            {
                error.WriteLine($"conflog: {parseError.Message}");
            }

            string command = result.CommandResult.Command == root ? "conflog" : "conflog " + result.CommandResult.Command.Name;
            error.WriteLine($"Run '{command} --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
