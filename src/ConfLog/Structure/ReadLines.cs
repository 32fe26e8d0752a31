using ConfLog.Lines;
using ConfLog.Reading;

namespace ConfLog.Structure;

// What the reader of real notes decided a line is, laid over what the line grammar read in it (ReadingOverlay):
// these are the only lines that open sessions when a log is read by the reader, and the Q/A lines it paired.

/// <summary>The header line of a talk the reader found: <c>### Synergy: Teamwork makes the dream work by Zak Tedder</c>.</summary>
/// <param name="Talk">What the reader found: title, speakers, times, evidence.</param>
/// <param name="Day">The day it is in, or null.</param>
/// <param name="Level">The heading's level when the header is a heading; <see cref="int.MaxValue"/> for a line or a bullet.</param>
internal sealed record ReadTalkLine(ReadTalk Talk, ReadDay? Day, int Level) : LineSyntax;

/// <summary>A heading that opens a section of its own: a day, a group of talks, or a section that is not a talk.</summary>
/// <param name="Text">The heading's text without markup.</param>
/// <param name="Level">Its level in the outline (1 for the top).</param>
/// <param name="Why">The reader's reason it is not a talk.</param>
internal sealed record ReadHeadingLine(string Text, int Level, Model.Evidence Why) : LineSyntax;

/// <summary>A break the reader found: <c>## Lunch</c>, <c>懇親会</c>.</summary>
/// <param name="Name">The heading's text without markup.</param>
/// <param name="Why">The reader's reason it is a break.</param>
internal sealed record ReadBreakLine(string Name, Model.Evidence Why) : LineSyntax;

/// <summary>The question of an exchange the reader paired, with its answer when both are on this one line.</summary>
/// <param name="Text">The question, without its bullet or marker.</param>
/// <param name="Answer">The answer on the same line (<c>Q: … A: …</c>), or null.</param>
internal sealed record ReadQuestionLine(LinePart Text, LinePart? Answer) : LineSyntax;

/// <summary>An answer of an exchange the reader paired: a nested bullet under the question, or an <c>A:</c> line.</summary>
/// <param name="Text">The answer, without its bullet or marker.</param>
internal sealed record ReadAnswerLine(LinePart Text) : LineSyntax;
