namespace ConfLog.Writers;

/// <summary>How <see cref="OutlineWriter"/> marks up its lines.</summary>
public enum OutlineStyle
{
    /// <summary>Plain text, for files, pipes and tests.</summary>
    Plain,

    /// <summary>
    /// ANSI colours for a terminal: the event line in bold, the session times in cyan, errors red, warnings yellow,
    /// interludes and the footnote on inferred starts dim.
    /// </summary>
    Ansi,
}
