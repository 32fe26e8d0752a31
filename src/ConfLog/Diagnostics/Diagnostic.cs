using System.Globalization;
using ConfLog.Text;

namespace ConfLog.Diagnostics;

/// <summary>Something the parser could not read as meant, or a likely mistake, and where it is.</summary>
/// <param name="Code">A stable code such as <c>CL0001</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What was found and what was expected.</param>
/// <param name="Span">Where it is.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceSpan Span)
{
    /// <summary>
    /// Formats the diagnostic the way .NET compilers do, so editors and CI logs can link to it:
    /// <c>notes.txt(23,12): error CL0001: unexpected '13' in month, expected 01-12</c>.
    /// </summary>
    /// <param name="path">The file the log came from, or <see langword="null"/> to start at the position.</param>
    /// <returns>One line of text.</returns>
    public string Format(string? path) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            path ?? string.Empty,
            Span.Line,
            Span.Column,
            SeverityName,
            Code,
            Message);

    /// <summary>Gets whether the diagnostic is an error: the log was not read as meant there.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Gets the severity as compilers print it: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Formats the diagnostic without a path: <c>(23,12): error CL0001: ...</c>.</summary>
    /// <returns>One line of text.</returns>
    public override string ToString() => Format(null);
}
