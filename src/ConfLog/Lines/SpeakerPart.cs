namespace ConfLog.Lines;

/// <summary>One speaker in a talk header: <c>品川高廣(東京大学)</c>.</summary>
/// <param name="Name">The speaker's name.</param>
/// <param name="Affiliation">The text in ASCII or full-width parentheses after the name, if any.</param>
public sealed record SpeakerPart(LinePart Name, LinePart? Affiliation);
