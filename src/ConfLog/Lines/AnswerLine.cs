namespace ConfLog.Lines;

/// <summary>The speaker's answer: <c>- A: 未解決。</c>, <c>A1: You can use a while loop</c>.</summary>
/// <param name="Marker">The bullet marker, or <see langword="null"/> when the line has none.</param>
/// <param name="Text">The answer.</param>
/// <param name="Tag">The answer marker as written (<c>A:</c>, <c>A1:</c>, <c>回答:</c>), when known.</param>
public sealed record AnswerLine(LinePart? Marker, LinePart Text, LinePart? Tag = null) : ExchangeLine(Marker, Text, Tag);
