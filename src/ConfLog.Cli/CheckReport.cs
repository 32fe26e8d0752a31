using System.Collections.Generic;
using System.IO;
using ConfLog.Diagnostics;

namespace ConfLog.Cli;

/// <summary>
/// How <c>check</c> writes what it found, one implementation per <c>--format</c>: <c>text</c>, the compilers' lines;
/// <c>github</c>, GitHub Actions workflow commands; <c>sarif</c>, a SARIF 2.1.0 log for code-scanning tools.
/// Files come in the sorted order <c>check</c> reads them in; <see cref="End"/> is called once, after the last.
/// </summary>
internal abstract class CheckReport
{
    /// <summary>The names <c>--format</c> accepts, the default first.</summary>
    public static readonly string[] Formats = ["text", "github", "sarif"];

    public static CheckReport For(string format, TextWriter output) => format switch
    {
        "github" => new GitHubReport(output),
        "sarif" => new SarifReport(output),
        _ => new TextReport(output),
    };

    /// <summary>The diagnostics of one file that was read, under the name the user gave it.</summary>
    public abstract void File(string displayName, IReadOnlyList<Diagnostic> diagnostics);

    /// <summary>A file that could not be read; the reason is one line starting with <c>conflog:</c>, already written to standard error.</summary>
    public abstract void Unreadable(string path, string failure);

    /// <summary>The end of the run, with the summary line <c>check</c> prints in text.</summary>
    public abstract void End(string summary);
}
