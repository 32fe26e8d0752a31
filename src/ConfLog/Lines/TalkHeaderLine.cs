using System.Collections.Immutable;

namespace ConfLog.Lines;

/// <summary>The line that opens a talk: <c>TwitVisor / 島田恭平(筑波大学)</c>.</summary>
/// <param name="Title">Everything before the last <c> / </c>.</param>
/// <param name="Speakers">The speakers after it, in order; empty when nothing follows the separator.</param>
public sealed record TalkHeaderLine(LinePart Title, ImmutableArray<SpeakerPart> Speakers) : LineSyntax;
