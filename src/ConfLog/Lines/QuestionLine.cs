namespace ConfLog.Lines;

/// <summary>A question from the audience: <c>- Q: どうやってる?</c>, <c>Q: How can we loop?</c>.</summary>
/// <param name="Marker">The bullet marker, or <see langword="null"/> when the line has none.</param>
/// <param name="Text">The question.</param>
/// <param name="Tag">The question marker as written (<c>Q:</c>, <c>質問:</c>), when known.</param>
public sealed record QuestionLine(LinePart? Marker, LinePart Text, LinePart? Tag = null) : ExchangeLine(Marker, Text, Tag);
