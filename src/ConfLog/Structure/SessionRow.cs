using System;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// A session written down as plain values: its items and speakers are rows of the same <see cref="Blueprint"/>.
/// </summary>
internal struct SessionRow
{
    public SessionKind Kind;

    /// <summary>A talk's title, a section's heading text, a break's name.</summary>
    public TextSlice Title;

    /// <summary>A section's heading level.</summary>
    public int Level;

    public SourceSpan Header;

    public SourceSpan Span;

    public int FirstItem;

    public int ItemCount;

    public int FirstSpeaker;

    public int SpeakerCount;

    public DateTime? Start;

    public DateTime? End;

    public bool StartInferred;
}
