using System.Collections.Generic;
using ConfLog.Lines;
using ConfLog.Outline;

namespace ConfLog.Reading;

/// <summary>What the reader knows about one heading while it decides: its place in the tree and the evidence it carries.</summary>
internal sealed class HeadingFacts
{
    /// <summary>Creates the facts of the heading at <paramref name="index"/> in the outline's lines.</summary>
    public HeadingFacts(OutlineLine line, int index) => (Line, Index) = (line, index);

    /// <summary>The heading's outline line.</summary>
    public OutlineLine Line { get; }

    /// <summary>Its index in the outline's lines.</summary>
    public int Index { get; }

    /// <summary>The index (in the outline's lines) where its section ends, exclusive.</summary>
    public int End { get; set; }

    /// <summary>The enclosing heading, or null at the top.</summary>
    public HeadingFacts? Parent { get; set; }

    /// <summary>The headings directly under it.</summary>
    public List<HeadingFacts> Children { get; } = new();

    /// <summary>The title and speakers its text reads as, when a header form matched.</summary>
    public SpeakerHeader? Header { get; set; }

    /// <summary>The text without the time it opens or closes with.</summary>
    public string Title { get; set; } = "";

    /// <summary>The start time written in it.</summary>
    public string? Start { get; set; }

    /// <summary>The end time written in it.</summary>
    public string? End24 { get; set; }

    /// <summary>Speakers written under it, and where.</summary>
    public (List<HeaderSpeaker> Speakers, Evidence Evidence)? SpeakersBelow { get; set; }

    /// <summary>The exchanges in its own lines (before its first sub-heading).</summary>
    public int Exchanges { get; set; }

    /// <summary>What it was taken for.</summary>
    public HeadingRole Role { get; set; }

    /// <summary>The rule that decided <see cref="Role"/>.</summary>
    public Evidence? Why { get; set; }

    /// <summary>The date written in a day heading.</summary>
    public string? Date { get; set; }

    /// <summary>Whether it names speakers or times itself, or has them on the lines below it.</summary>
    public bool HasTalkEvidence => (Header?.Speakers.Count ?? 0) > 0 || Start is not null || SpeakersBelow is not null;

    /// <summary>Whether its section has lines other than blanks and headings before its first sub-heading.</summary>
    public bool HasBody { get; set; }

    /// <summary>Gets or sets the timetable in the heading's own lines (timed bullets), or null.</summary>
    public List<Timetable.Entry>? Timetable { get; set; }

    /// <summary>Gets or sets a value indicating whether that timetable names other headings: the heading is a schedule.</summary>
    public bool IsTimetable { get; set; }
}
