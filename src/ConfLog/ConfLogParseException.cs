using System;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Diagnostics;

namespace ConfLog;

/// <summary>
/// Thrown in strict mode (<see cref="ConfLogOptions.Strict"/>) when a log has errors. It carries every
/// diagnostic of the log; its message names the first error and where it is.
/// </summary>
public sealed class ConfLogParseException : Exception
{
    /// <summary>Creates the exception for a log's diagnostics.</summary>
    /// <param name="diagnostics">Every diagnostic of the log, at least one of them an error.</param>
    public ConfLogParseException(ImmutableArray<Diagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception with a message of its own and no diagnostics.</summary>
    public ConfLogParseException()
        : this("The log has errors.")
    {
    }

    /// <summary>Creates the exception with a message of its own and no diagnostics.</summary>
    /// <param name="message">What went wrong.</param>
    public ConfLogParseException(string message)
        : base(message)
    {
        Diagnostics = ImmutableArray<Diagnostic>.Empty;
    }

    /// <summary>Creates the exception with a message of its own, wrapping another.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ConfLogParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = ImmutableArray<Diagnostic>.Empty;
    }

    /// <summary>Gets every diagnostic of the log, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Describe(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return "The log has no errors.";
        }

        var first = errors[0];
        string more = errors.Count > 1 ? $" (and {errors.Count - 1} more error{(errors.Count > 2 ? "s" : string.Empty)})" : string.Empty;
        return $"The log has errors: line {first.Span.Line}, column {first.Span.Column}: {first.Code}: {first.Message}{more}";
    }
}
