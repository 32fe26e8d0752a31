namespace ConfLog.Lines;

/// <summary>
/// A one-pass reader of a line kind: what <paramref name="line"/> says from <paramref name="start"/> to its end (a string is a line of its own, and the pipeline hands it each line where it stands in the input), or
/// <see langword="null"/> when it is not this kind. Unlike a Sprache parser it makes no input and no result per line:
/// <see cref="LineReader"/> reads every line of a log through one (<see cref="LineKinds.Scanning"/>), and
/// <see cref="OnePass.ParserOf"/> gives it to the line grammar as a parser.
/// </summary>
/// <example><c>BulletGrammar.BulletReaderOf(markers)("- 資料: そのうち公開", 0)</c> is a bullet labelled <c>資料</c>.</example>
internal delegate LineSyntax? LineScan(Text.LineText line, int start);
