namespace ConfLog.Lines;

/// <summary>The speaker's answer: <c>- A: 未解決。</c>.</summary>
/// <param name="Marker">The bullet marker.</param>
/// <param name="Text">The answer.</param>
public sealed record AnswerLine(LinePart Marker, LinePart Text) : ExchangeLine(Marker, Text);
