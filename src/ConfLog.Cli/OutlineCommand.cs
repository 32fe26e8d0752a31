using System.CommandLine;

namespace ConfLog.Cli;

/// <summary>
/// <c>conflog outline FILE... [--no-color] [--explain] [--markup NAME]</c>: the event, then each session with its times, title, speakers
/// and counts; with <c>--explain</c>, the markup and why, and under each session the rules that made it what it is.
/// </summary>
internal static class OutlineCommand
{
    public static Command Create(CliConsole console)
    {
        var files = FileArguments.Create("The notes files to outline; several are printed one after another, each under a '==> FILE <==' line.");
        var noColor = new Option<bool>("--no-color") { Description = "Never use colour. Colour is only used on a terminal, never when the output is redirected, nor when NO_COLOR is set." };
        var explain = new Option<bool>("--explain") { Description = "Say why: the markup read and its reason, then under each session the rule that found a talk and where its title, speakers and times came from, or why a heading is not a talk." };
        var markup = MarkupOption.Create();
        var command = new Command("outline", "Print a readable outline: the event, then each session with its times, title, speakers (affiliation) and counts of notes and Q/A.")
        {
            files,
            noColor,
            explain,
            markup,
        };
        command.SetAction(result =>
        {
            var inputs = FileArguments.ReadAll(result.GetValue(files)!, console, MarkupOption.Options(result.GetValue(markup)));
            if (inputs is null)
            {
                return ExitCodes.UsageOrIoError;
            }

            OutlinePrinter.Print(inputs, console.Output, AnsiOutline.Enabled(console, result.GetValue(noColor)), result.GetValue(explain));
            return ExitCodes.Ok;
        });
        return command;
    }
}
