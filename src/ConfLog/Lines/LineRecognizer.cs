using Sprache;

namespace ConfLog.Lines;

/// <summary>
/// A line kind of the user's own, written with Sprache and tried before the built-in kinds. A line it reads
/// becomes a <see cref="Model.Note"/> whose <see cref="Model.Note.Kind"/> is <paramref name="Kind"/>.
/// </summary>
/// <example>
/// <code>
/// var todo = new LineRecognizer("todo",
///     from marker in Parse.String("TODO:")
///     from gap in TextRuns.Spaces
///     from text in TextRuns.RestOfLine
///     select text);
/// </code>
/// </example>
/// <param name="Kind">The note kind it makes, such as <c>todo</c>.</param>
/// <param name="Parser">Reads the line (from its first character) and returns the note's text.</param>
public sealed record LineRecognizer(string Kind, Parser<LinePart> Parser);
