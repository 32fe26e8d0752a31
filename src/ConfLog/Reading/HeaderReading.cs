using System.Collections.Generic;

namespace ConfLog.Reading;

/// <summary>What a header form reads in a header's text: the title (null when only a speaker is named) and the speakers.</summary>
/// <param name="Title">The title, without the speaker part.</param>
/// <param name="Speakers">The speakers the header names.</param>
/// <param name="Form">The form's name, kept as evidence (<c>Title by Name</c>).</param>
internal sealed record HeaderReading(string? Title, IReadOnlyList<ReadSpeaker> Speakers, string Form);
