using System.Collections.Generic;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Outline;

namespace ConfLog.Reading;

/// <summary>What <see cref="NotesReader"/> finds in a notes file: its markup, days, talks, breaks and sections, with evidence.</summary>
/// <param name="Markup">The markup the file was read in.</param>
/// <param name="MarkupReason">Why that markup.</param>
/// <param name="Days">The day headings (<c># Day 1</c>, <c>## 9/3/2025</c>), in order.</param>
/// <param name="Talks">The talks, in order.</param>
/// <param name="Breaks">The breaks (<c>## Lunch</c>, <c>懇親会</c>).</param>
/// <param name="Sections">The headings that are neither talks, days nor breaks, each with the reason it is not a talk.</param>
/// <param name="Outline">The outline the reading was made from.</param>
internal sealed record ReadNotes(
    NoteMarkup Markup,
    string MarkupReason,
    IReadOnlyList<ReadDay> Days,
    IReadOnlyList<ReadTalk> Talks,
    IReadOnlyList<ReadHeading> Breaks,
    IReadOnlyList<ReadHeading> Sections,
    NotesOutline Outline)
{
    /// <summary>Gets the event's date, hours and venue from metadata lines near the top, or null when none is written.</summary>
    public ReadEvent? Event { get; init; }
}

/// <summary>A day heading and the date written in it, if any (<c>2025-09-03</c> for <c>## 9/3/2025</c>, the text as written otherwise).</summary>
/// <param name="Text">The heading's text.</param>
/// <param name="Line">Its 1-based line.</param>
/// <param name="Date">The date as written in it, when there is one.</param>
internal sealed record ReadDay(string Text, int Line, string? Date);

/// <summary>A heading that is not a talk, with the rule that says what it is.</summary>
/// <param name="Text">The heading's text.</param>
/// <param name="Line">Its 1-based line.</param>
/// <param name="Role">What it was taken for: section, group, break, event title, speaker…</param>
/// <param name="Evidence">The rule that decided it.</param>
internal sealed record ReadHeading(string Text, int Line, HeadingRole Role, Evidence Evidence);

/// <summary>One talk: its title, speakers, header line, times and exchanges, and the evidence for each.</summary>
/// <param name="Title">The title without the speaker part, times or markup; null when the header names only a speaker.</param>
/// <param name="Speakers">The speakers, in order.</param>
/// <param name="Line">The 1-based line of the header (an underlined title's text line, a lightning talk's bullet).</param>
/// <param name="Start">The start time as HH:MM, when written.</param>
/// <param name="End">The end time as HH:MM, when written.</param>
/// <param name="Exchanges">The answered questions recorded for the talk.</param>
/// <param name="Evidence">Why this is a talk, and where its title, speakers and times came from.</param>
/// <param name="DayIndex">The index in <see cref="ReadNotes.Days"/> of the day it is in, or -1.</param>
internal sealed record ReadTalk(
    string? Title,
    IReadOnlyList<HeaderSpeaker> Speakers,
    int Line,
    string? Start,
    string? End,
    IReadOnlyList<ReadExchange> Exchanges,
    IReadOnlyList<Evidence> Evidence,
    int DayIndex);

/// <summary>An answered question: the question's line and its answers' lines.</summary>
/// <param name="QuestionLine">The 1-based line of the question.</param>
/// <param name="AnswerLines">The 1-based lines of the answers (the question's own line for a one-line exchange).</param>
/// <param name="Rule">The Q/A form that found it.</param>
internal sealed record ReadExchange(int QuestionLine, IReadOnlyList<int> AnswerLines, string Rule);

/// <summary>A reason kept with a decision: the rule's name, the line it looked at and what it saw.</summary>
/// <param name="Rule">The rule's name (<c>header form "Title by Name"</c>, <c>talk level</c>…).</param>
/// <param name="Line">The 1-based line it looked at.</param>
/// <param name="Detail">What it saw there.</param>
internal sealed record Evidence(string Rule, int Line, string Detail)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Rule} (L{Line}): {Detail}";
}

/// <summary>What a heading was taken for.</summary>
internal enum HeadingRole
{
    /// <summary>Not decided yet.</summary>
    None,

    /// <summary>A talk.</summary>
    Talk,

    /// <summary>A day (<c># Day 1</c>, a date).</summary>
    Day,

    /// <summary>A group of talks (<c>Keynotes</c>, <c>LT</c>, <c>招待講演</c>, <c>Session 1 - 2</c>).</summary>
    Group,

    /// <summary>A section that is not a talk (<c>はじめに</c>, <c>Summary</c>).</summary>
    Section,

    /// <summary>A break (<c>Lunch</c>, <c>懇親会</c>).</summary>
    Break,

    /// <summary>A sub-section inside a talk.</summary>
    Subsection,

    /// <summary>A heading that names the speaker of the talk above it.</summary>
    Speaker,

    /// <summary>The document's title (the event).</summary>
    Title,
}
