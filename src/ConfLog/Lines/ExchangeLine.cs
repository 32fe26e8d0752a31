namespace ConfLog.Lines;

/// <summary>A line of a question-and-answer exchange: <c>- Q: text</c> or <c>- A: text</c>.</summary>
/// <param name="Marker">The bullet marker before <c>Q:</c> or <c>A:</c>.</param>
/// <param name="Text">What was asked or answered, without trailing white space; empty when nothing follows the colon.</param>
public abstract record ExchangeLine(LinePart Marker, LinePart Text) : LineSyntax;
