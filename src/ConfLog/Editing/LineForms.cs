namespace ConfLog.Editing;

/// <summary>
/// How a log writes its lines: its bullet marker and indentation, its label colon, its question and answer tags, the
/// form of its talk headers (<c>Title / Name(Aff)</c> in the seed, <c>### Title by Name</c> in Markdown notes), its
/// timestamps and its line ending. Read from the log by <see cref="NodeLines.Forms"/>; <see cref="Canonical"/> is the
/// form <c>conflog format</c> writes.
/// </summary>
internal sealed record LineForms
{
    /// <summary>Gets the canonical forms: <c>- </c> bullets, <c>- Q: </c>, <c>Title / Name(Aff), Name</c>, <c>[yyyy-MM-dd HH:mm]</c>.</summary>
    public static LineForms Canonical { get; } = new();

    /// <summary>Gets the marker and the space after it that a bullet of the canonical form starts with.</summary>
    public string BulletMarker { get; init; } = "- ";

    /// <summary>Gets what a top-level note starts with, before its label or text.</summary>
    public string TopNotePrefix { get; init; } = "- ";

    /// <summary>Gets what one more level of nesting adds before a bullet.</summary>
    public string NestStep { get; init; } = "  ";

    /// <summary>Gets what stands between a label and its text.</summary>
    public string LabelSeparator { get; init; } = ": ";

    /// <summary>Gets what a question starts with, before its text.</summary>
    public string QuestionPrefix { get; init; } = "- Q: ";

    /// <summary>Gets what an answer starts with, before its text.</summary>
    public string AnswerPrefix { get; init; } = "- A: ";

    /// <summary>Gets what a talk header starts with, before its title (<c>## </c> in Markdown notes).</summary>
    public string HeaderPrefix { get; init; } = string.Empty;

    /// <summary>Gets what stands between a talk's title and its speakers.</summary>
    public string TitleSeparator { get; init; } = " / ";

    /// <summary>Gets what stands between two speakers.</summary>
    public string SpeakerSeparator { get; init; } = ", ";

    /// <summary>Gets what stands between a speaker's name and affiliation.</summary>
    public string AffiliationOpen { get; init; } = "(";

    /// <summary>Gets what closes an affiliation.</summary>
    public string AffiliationClose { get; init; } = ")";

    /// <summary>Gets the character between the year, the month and the day of a timestamp.</summary>
    public char DateSeparator { get; init; } = '-';

    /// <summary>Gets the line ending given to a new line.</summary>
    public string LineEnding { get; init; } = "\n";
}
