namespace ConfLog.Diagnostics;

/// <summary>How much a <see cref="Diagnostic"/> matters.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info,

    /// <summary>Probably a mistake in the notes; the log was still read.</summary>
    Warning,

    /// <summary>Something could not be read as meant; it was kept as prose.</summary>
    Error,
}
