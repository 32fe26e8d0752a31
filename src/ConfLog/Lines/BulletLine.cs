namespace ConfLog.Lines;

/// <summary>A bullet: <c>- text</c>, or a labelled bullet <c>- Label: text</c>.</summary>
/// <param name="Marker">The bullet marker (<c>-</c>, <c>*</c>, <c>+</c>, <c>•</c> or <c>・</c>); its index is the indentation.</param>
/// <param name="Label">The label before the colon, when the bullet has one.</param>
/// <param name="Text">The text after the marker (or after the label's colon), without trailing white space.</param>
public sealed record BulletLine(LinePart Marker, LinePart? Label, LinePart Text) : LineSyntax;
