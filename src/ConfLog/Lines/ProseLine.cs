namespace ConfLog.Lines;

/// <summary>Any other line: running text.</summary>
/// <param name="Text">The line's text, trimmed at both ends; its index is where the text starts.</param>
public sealed record ProseLine(LinePart Text) : LineSyntax;
