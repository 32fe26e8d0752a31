namespace ConfLog.Lines;

/// <summary>A line of a question-and-answer exchange: <c>- Q: text</c>, <c>A1: text</c>.</summary>
/// <param name="Marker">The bullet marker before the question or answer marker, or <see langword="null"/> when the line has none.</param>
/// <param name="Text">What was asked or answered, without trailing white space; empty when nothing follows the marker.</param>
/// <param name="Tag">The question or answer marker as written (<c>Q:</c>, <c>A2：</c>, <c>質問:</c>), when known.</param>
public abstract record ExchangeLine(LinePart? Marker, LinePart Text, LinePart? Tag = null) : LineSyntax;
