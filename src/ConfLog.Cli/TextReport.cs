using System.Collections.Generic;
using System.IO;
using ConfLog.Diagnostics;

namespace ConfLog.Cli;

/// <summary><c>--format text</c>, the default: <c>path(line,col): severity CODE: message</c>, as .NET compilers print, then the summary.</summary>
internal sealed class TextReport(TextWriter output) : CheckReport
{
    public override void File(string displayName, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.Format(displayName));
        }
    }

    // Standard error has the reason already; the text report is for diagnostics.
    public override void Unreadable(string path, string failure)
    {
    }

    public override void End(string summary) => output.WriteLine(summary);
}
