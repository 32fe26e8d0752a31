namespace ConfLog.Lines;

/// <summary>A Markdown heading: <c>## for loops</c>, or a heading in talk header form <c>## TwitVisor / 島田恭平</c>.</summary>
/// <param name="Level">The number of <c>#</c> signs, 1 to 6.</param>
/// <param name="Text">The heading's text, without the signs around it.</param>
/// <param name="Talk">The talk header its text makes, or <see langword="null"/> when it is not in that form.</param>
public sealed record HeadingLine(int Level, LinePart Text, TalkHeaderLine? Talk) : LineSyntax;
