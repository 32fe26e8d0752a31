using System;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>What kind of node an <see cref="ItemRow"/> stands for.</summary>
internal enum ItemKind : byte
{
    // A row reserved and never written reads as none of the kinds below.
    None,
    Note,
    Heading,
    Question,
    Answer,
    Exchange,
    Timestamp,
    Blank,
    Prose,
    Speaker,
}

/// <summary>
/// A node of a session written down as plain values, to be made into its record with the rest of the log
/// (see <see cref="Blueprint"/>). The fields a kind does not use stay at their defaults.
/// </summary>
internal struct ItemRow
{
    public ItemKind Kind;

    /// <summary>A note's indent, a heading's level, 1 when a timestamp has seconds or an exchange has a question.</summary>
    public int Number;

    /// <summary>The first of the rows below this one: a note's notes, an exchange's question and answers.</summary>
    public int First;

    /// <summary>How many rows below this one there are, from <see cref="First"/>.</summary>
    public int Count;

    public LinkBlock Links;

    public SourceSpan Span;

    /// <summary>The text of a note, question, answer, prose or heading; a speaker's name.</summary>
    public TextSlice Text;

    /// <summary>A note's label; a speaker's affiliation.</summary>
    public TextSlice Label;

    /// <summary>A note's bullet marker, as written.</summary>
    public string? Marker;

    /// <summary>A note's kind (see <see cref="Model.Note.Kind"/>).</summary>
    public string? NoteKind;

    public DateTime Time;
}
