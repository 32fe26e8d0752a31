using ConfLog.Text;

namespace ConfLog.Diagnostics;

/// <summary>A kind of diagnostic: its stable code, its severity and a one-line meaning.</summary>
/// <param name="Code">The stable code, such as <c>CL0001</c>.</param>
/// <param name="Severity">The severity every diagnostic of this kind has.</param>
/// <param name="Meaning">One line saying what it means.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Meaning)
{
    /// <summary>Makes a diagnostic of this kind.</summary>
    /// <param name="message">What was found and what was expected.</param>
    /// <param name="span">Where it is.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic At(SourceSpan span, string message) => new(Code, Severity, message, span);
}
