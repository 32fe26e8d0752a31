namespace ConfLog.Outline;

/// <summary>
/// One line of a notes file as the outline sees it: its kind, its level (a heading's level from 1, an item's depth from
/// 0, an indented line's depth), its text without markup, and where it is (1-based line, offset and length in the text).
/// </summary>
/// <param name="Kind">What the line is in its markup.</param>
/// <param name="Level">A heading's level (1 is the top), an item's or text line's depth (0 is not indented).</param>
/// <param name="Text">The line's text with its markup removed (bullet, heading marks, emphasis, link targets).</param>
/// <param name="Line">The 1-based line number; for an underlined heading, its text line.</param>
/// <param name="Offset">The offset of the line's first character in the text.</param>
/// <param name="Length">The line's length, without its line break.</param>
internal sealed record OutlineLine(OutlineKind Kind, int Level, string Text, int Line, int Offset, int Length)
{
    /// <summary>For a <see cref="OutlineKind.Field"/>, its key (<c>開催日</c>, <c>title</c>); otherwise null.</summary>
    public string? Key { get; init; }

    /// <summary>The line as written, markup included, without its line break.</summary>
    public string Raw { get; init; } = "";

    /// <summary>Whether the whole line is strong emphasis (<c>**Name (Org)**</c>), a heading in some Markdown.</summary>
    public bool Strong { get; init; }

    /// <summary>The column (0-based) where the line's content starts, after its indentation.</summary>
    public int Indent { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"L{Line} {Kind}({Level}) {Text}";
}
