namespace ConfLog.Lines;

/// <summary>A short line on its own that names a pause: <c>昼休憩</c>, <c>Coffee break</c>.</summary>
/// <param name="Name">The line's text, trimmed.</param>
public sealed record BreakLine(LinePart Name) : LineSyntax;
