namespace ConfLog.Lines;

/// <summary>The result of a parser that only checks, such as <see cref="TextRuns.Ahead"/>.</summary>
public readonly record struct Unit
{
    /// <summary>The only value.</summary>
    public static readonly Unit Value;
}
