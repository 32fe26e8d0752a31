using System.Collections.Generic;
using System.IO;
using ConfLog.Writers;

namespace ConfLog.Cli;

/// <summary>Prints the outlines of one or more logs; several get a header line naming each file.</summary>
internal static class OutlinePrinter
{
    public static void Print(IReadOnlyList<LogInput> inputs, TextWriter output, bool color, bool explain = false)
    {
        for (int i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (inputs.Count > 1)
            {
                output.Write(i == 0 ? string.Empty : "\n");
                output.Write(color ? AnsiOutline.Bold(FileHeader(input)) + "\n" : FileHeader(input) + "\n");
            }

            // The string form ends its lines in \n whatever the console's NewLine is.
            var style = color ? OutlineStyle.Ansi : OutlineStyle.Plain;
            output.Write(explain ? ExplainWriter.Write(input.Log!, input.DisplayName, style) : OutlineWriter.Write(input.Log!, input.DisplayName, style));
        }
    }

    // The header `head` and `tail` print between files: familiar, and no outline line starts like it.
    public static string FileHeader(LogInput input) => $"==> {input.DisplayName} <==";
}
