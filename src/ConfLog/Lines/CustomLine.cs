namespace ConfLog.Lines;

/// <summary>A line read by a <see cref="LineRecognizer"/> of the user's: <c>TODO: send the slides</c>.</summary>
/// <param name="Kind">The recognizer's kind, which becomes the note's <see cref="Model.Note.Kind"/>.</param>
/// <param name="Text">The text the recognizer returned.</param>
public sealed record CustomLine(string Kind, LinePart Text) : LineSyntax;
