using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConfLog.Model;
using ConfLog.Reading;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// The document-level decision of how a log is read, and why. A talk header of the seed's own form
/// (<c>Title / Speaker(Affiliation)</c>, bare or as a <c>#</c> heading) among the first
/// <see cref="LogPipeline.DialectPrefix"/> lines keeps the seed's dialect: the line pipeline's reading stands, exactly
/// as it always was, and the reader of real notes is not run at all. Any other text is read by the reader, whose
/// decisions (talks, days, groups, sections, breaks, exchanges) are laid over the lines (<see cref="ReadingOverlay"/>)
/// when it finds a talk or a day in them, or when the line pipeline read talks there; otherwise the line pipeline's
/// reading stands too.
/// </summary>
internal sealed class Dialect
{
    private Dialect(NoteMarkup markup, string reason, ReadingOverlay? overlay, bool isSeed = false)
    {
        IsSeed = isSeed;
        Markup = markup;
        Reason = reason;
        Overlay = overlay;
    }

    /// <summary>Gets whether a talk header of the seed's form decided the dialect (the reader did not run).</summary>
    public bool IsSeed { get; }

    /// <summary>Gets the markup the text was read in.</summary>
    public NoteMarkup Markup { get; }

    /// <summary>Gets why.</summary>
    public string Reason { get; }

    /// <summary>Gets the reader's decisions to read the text with, or null when the line pipeline's reading stands.</summary>
    public ReadingOverlay? Overlay { get; }

    /// <summary>Decides how to read a text from the line pipeline's first reading of it.</summary>
    /// <param name="pipeline">The line pipeline, having read the whole text.</param>
    /// <param name="source">The text.</param>
    /// <returns>The decision.</returns>
    /// <param name="sessions">The sessions the line pipeline made.</param>
    public static Dialect Of(LogPipeline pipeline, SourceText source, ImmutableArray<Session> sessions)
    {
        var forced = pipeline.Options.Markup;
        if (forced == NoteMarkup.Plain)
        {
            // The seed's line grammar alone, whatever the text looks like; said, since the user asked for it.
            return new Dialect(NoteMarkup.Plain, Forced, null);
        }

        if (pipeline.SeedHeaderLine > 0)
        {
            return Seed(pipeline);
        }

        var notes = forced is { } chosen ? ReadIn(source.Text, chosen) : NotesReader.Read(source.Text);
        var markup = notes.Markup;
        bool lineTalks = false;
        foreach (var session in sessions)
        {
            lineTalks |= session is Talk;
        }

        // With no talk read either way, the line pipeline's reading stands; talks it read where the reader found none
        // are lines of prose that happen to hold " / ", and the reader's reading replaces it.
        if (notes.Talks.Count == 0 && notes.Days.Count == 0 && !lineTalks)
        {
            return new Dialect(markup, notes.MarkupReason + "; no talk found", null);
        }

        return new Dialect(markup, notes.MarkupReason, ReadingOverlay.Of(notes, source.Lines));
    }

    /// <summary>
    /// What <see cref="Of"/> decides for a text whose line pipeline found a talk header of the seed's form: a stream's
    /// decision, made without the reader of real notes.
    /// </summary>
    /// <param name="pipeline">The pipeline that read the text.</param>
    /// <returns>The decision.</returns>
    public static Dialect OfSeedHeader(LogPipeline pipeline) =>
        pipeline.Options.Markup == NoteMarkup.Plain ? new Dialect(NoteMarkup.Plain, Forced, null) : Seed(pipeline);

    /// <summary>The seed's dialect, decided by a talk header of its form.</summary>
    /// <param name="pipeline">The pipeline that read it.</param>
    /// <returns>The decision.</returns>
    public static Dialect Seed(LogPipeline pipeline) =>
        new(pipeline.HeadingSeen ? NoteMarkup.Markdown : NoteMarkup.Plain, $"a talk header of the seed's form (Title / Speaker) at line {pipeline.SeedHeaderLine}", null, isSeed: true);

    /// <summary>Gives the days of the log, each from its heading's section through the session before the next day's.</summary>
    /// <param name="sessions">The log's sessions.</param>
    /// <returns>The days, or none when the reader did not read the log or found no day.</returns>
    public ImmutableArray<Day> Days(ImmutableArray<Session> sessions)
    {
        var days = Overlay?.Notes.Days;
        if (days is null || days.Count == 0)
        {
            return ImmutableArray<Day>.Empty;
        }

        // Each session by the line of its header; the talks' days from the reader's talk records.
        var byLine = new Dictionary<int, int>();
        for (int i = 0; i < sessions.Length; i++)
        {
            if (sessions[i].Header is { } header && !byLine.ContainsKey(header.Line))
            {
                byLine.Add(header.Line, i);
            }
        }

        var dayOfTalk = new Dictionary<int, int>();
        foreach (var talk in Overlay!.Notes.Talks)
        {
            dayOfTalk[talk.Line] = talk.DayIndex;
        }

        var starts = new List<(int Day, int Session)>();
        for (int d = 0; d < days.Count; d++)
        {
            if (byLine.TryGetValue(days[d].Line, out int at) && sessions[at] is Section)
            {
                starts.Add((d, at));
            }
        }

        var made = ImmutableArray.CreateBuilder<Day>(starts.Count);
        for (int k = 0; k < starts.Count; k++)
        {
            var (d, first) = starts[k];
            int last = k + 1 < starts.Count ? starts[k + 1].Session - 1 : sessions.Length - 1;
            var talks = ImmutableArray.CreateBuilder<Talk>();
            for (int i = first; i <= last; i++)
            {
                if (sessions[i] is Talk talk && dayOfTalk.TryGetValue(talk.Header.Line, out int day) && day == d)
                {
                    talks.Add(talk);
                }
            }

            var heading = (Section)sessions[first];
            made.Add(new Day(days[d].Text, DayDate.Of(days[d].Date), heading.Header, talks.ToImmutable(), heading.Span.Through(sessions[last].Span)));
        }

        return made.ToImmutable();
    }

    // What a log's options say when they force its markup.
    private const string Forced = "forced by the options (ConfLogOptions.Markup)";

    // The reader on the outline of the markup forced; like NotesReader.Read, a failure reads as a file with no talk.
    private static ReadNotes ReadIn(string text, NoteMarkup markup)
    {
        try
        {
            var notes = NotesReader.Read(Outline.OutlineBuilder.Build(text, markup));
            return notes with { MarkupReason = Forced };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var outline = new Outline.NotesOutline(NoteMarkup.Plain, Forced + "; not read: " + ex.GetType().Name, Array.Empty<Outline.OutlineLine>());
            return new ReadNotes(markup, outline.MarkupReason, Array.Empty<ReadDay>(), Array.Empty<ReadTalk>(), Array.Empty<ReadHeading>(), Array.Empty<ReadHeading>(), outline);
        }
    }
}
