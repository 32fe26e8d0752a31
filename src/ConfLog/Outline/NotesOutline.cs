using System.Collections.Generic;
using ConfLog.Model;

namespace ConfLog.Outline;

/// <summary>A notes file as an outline: its markup (and why), and one <see cref="OutlineLine"/> per line of the text.</summary>
/// <param name="Markup">The markup the lines were read in.</param>
/// <param name="MarkupReason">Why that markup: the evidence the detector counted.</param>
/// <param name="Lines">Every line, in order: <c>Lines[i].Line == i + 1</c>.</param>
internal sealed record NotesOutline(NoteMarkup Markup, string MarkupReason, IReadOnlyList<OutlineLine> Lines);
