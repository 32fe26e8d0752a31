using System.Collections.Generic;

namespace ConfLog.Lines;

/// <summary>
/// What a speaker form (<see cref="SpeakerForms"/>) reads in a talk header's text, markup already removed:
/// <c>Scaling search by Dana Whitfield</c> gives the title <c>Scaling search</c> and the speaker <c>Dana Whitfield</c>.
/// Unlike <see cref="TalkHeaderLine"/>, the parts are texts, not positions: a name loses its honorific (<c>さん</c>) and
/// its emphasis, so it is no longer a run of the line.
/// </summary>
/// <param name="Title">The title, without the speaker part; null when the header names only its speakers (<c>Keynote</c> forms keep the keyword).</param>
/// <param name="Speakers">The speakers the header names, in order.</param>
/// <param name="Form">The name of the form that read it (<c>Title by Name</c>), kept as evidence; the same as the parser's <c>Named</c> name.</param>
public sealed record SpeakerHeader(string? Title, IReadOnlyList<HeaderSpeaker> Speakers, string Form);
