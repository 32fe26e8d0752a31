namespace ConfLog.Cli;

/// <summary>What <c>conflog</c> exits with.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>
    /// The input has errors (<c>parse --strict</c>, <c>check</c>), or warnings with <c>--warnings-as-errors</c>,
    /// or <c>format --check</c> found files that would change.
    /// </summary>
    public const int InputHasErrors = 1;

    /// <summary>The command line was wrong, or a file could not be read.</summary>
    public const int UsageOrIoError = 2;
}
