namespace ConfLog.Lines;

/// <summary>A question from the audience: <c>- Q: どうやってる?</c>.</summary>
/// <param name="Marker">The bullet marker.</param>
/// <param name="Text">The question.</param>
public sealed record QuestionLine(LinePart Marker, LinePart Text) : ExchangeLine(Marker, Text);
