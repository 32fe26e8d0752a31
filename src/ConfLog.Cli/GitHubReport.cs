using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ConfLog.Diagnostics;

namespace ConfLog.Cli;

/// <summary>
/// <c>--format github</c>: one GitHub Actions workflow command per diagnostic, which the runner shows as an annotation
/// on the line: <c>::error file=notes.txt,line=5,col=7::CL0001: …</c>, <c>::warning</c> for warnings and <c>::notice</c>
/// for infos. Values are escaped as the runner unescapes them: <c>%</c>, CR and LF everywhere, and <c>:</c> and
/// <c>,</c> in properties too.
/// </summary>
internal sealed class GitHubReport(TextWriter output) : CheckReport
{
    public override void File(string displayName, IReadOnlyList<Diagnostic> diagnostics)
    {
        // The runner resolves file= against the workspace; forward slashes read the same on every runner.
        string file = Property(displayName.Replace('\\', '/'));
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "::{0} file={1},line={2},col={3}::{4}",
                Command(diagnostic.Severity),
                file,
                diagnostic.Span.Line,
                diagnostic.Span.Column,
                Data(diagnostic.Code + ": " + diagnostic.Message)));
        }
    }

    public override void Unreadable(string path, string failure) =>
        output.WriteLine("::error file=" + Property(path.Replace('\\', '/')) + "::" + Data(failure));

    // A plain line in the log, under the annotations.
    public override void End(string summary) => output.WriteLine(summary);

    private static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    private static string Data(string text) => Escape(text, inProperty: false);

    private static string Property(string text) => Escape(text, inProperty: true);

    private static string Escape(string text, bool inProperty)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                ':' when inProperty => "%3A",
                ',' when inProperty => "%2C",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
