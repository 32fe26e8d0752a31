using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A talk: <c>TwitVisor / 島田恭平(筑波大学)</c> and what was noted during it.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Talk>))]
public sealed record Talk : Session
{
    private TextSlice _title;
    private TimeSpan? _startTime;
    private TimeSpan? _endTime;

    /// <summary>Initializes a talk.</summary>
    /// <param name="title">The title: everything before the last <c> / </c> of the header.</param>
    /// <param name="speakers">The speakers, in the order the header names them.</param>
    /// <param name="header">Where the header line stands.</param>
    /// <param name="items">What the talk holds, in source order.</param>
    /// <param name="start">When it started.</param>
    /// <param name="end">When it ended.</param>
    /// <param name="startInferred">Whether the start was taken from the event's hours.</param>
    /// <param name="span">From the talk's first line through its last.</param>
    public Talk(string title, ImmutableArray<Speaker> speakers, SourceSpan header, ImmutableArray<SessionItem> items, DateTime? start, DateTime? end, bool startInferred, SourceSpan span)
        : this(new TextSlice(title), speakers, header, items, start, end, startInferred, span)
    {
    }

    // Made by the parser, with the title still a place in the input.
    internal Talk(TextSlice title, ImmutableArray<Speaker> speakers, SourceSpan header, ImmutableArray<SessionItem> items, DateTime? start, DateTime? end, bool startInferred, SourceSpan span)
        : base(items, start, end, startInferred, header, span)
    {
        _title = title;
        Speakers = speakers;
    }

    // Made from the reader of real notes: the title is a string of its own (markup and speakers taken out of the
    // header), the times of day come from the header, and the evidence says why this is a talk.
    internal Talk(TextSlice title, ImmutableArray<Speaker> speakers, SourceSpan header, ImmutableArray<SessionItem> items, DateTime? start, DateTime? end, bool startInferred, SourceSpan span, TimeSpan? startTime, TimeSpan? endTime, ImmutableArray<Evidence> evidence)
        : this(title, speakers, header, items, start, end, startInferred, span)
    {
        _startTime = startTime;
        _endTime = endTime;
        Evidence = evidence;
    }

    /// <summary>
    /// Gets the title: everything before the last <c> / </c> of a header of the seed's form; for a talk found by the
    /// reader of real notes, the header's text without its markup, times and speaker part (<c>Loop Better</c> for
    /// <c># "Loop Better" by [Trey Hunner](…)</c>), and empty when the header names only a speaker.
    /// </summary>
    public override string Title => _title.Value;

    /// <summary>Gets where the header line stands.</summary>
    public new SourceSpan Header => base.Header.GetValueOrDefault();

    /// <summary>Gets the speakers, in the order the header names them.</summary>
    public ImmutableArray<Speaker> Speakers { get; init; }

    /// <summary>
    /// Gets the time of day the talk started: as written in its header (<c>9:15am to 9:45am</c>), or that of
    /// <see cref="Session.Start"/>; <see langword="null"/> when neither is known. A header's time with no date known
    /// for its day or event is given here only: <see cref="Session.Start"/> stays <see langword="null"/> rather than
    /// take an invented date.
    /// </summary>
    public TimeSpan? StartTime { get => _startTime ?? Start?.TimeOfDay; init => _startTime = value; }

    /// <summary>Gets the time of day the talk ended, as written in its header or that of <see cref="Session.End"/>; <see langword="null"/> when neither is known.</summary>
    public TimeSpan? EndTime { get => _endTime ?? End?.TimeOfDay; init => _endTime = value; }

    /// <inheritdoc/>
    public override SessionKind Kind => SessionKind.Talk;

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => SourceOrder.Merge(Items, Speakers);

    /// <inheritdoc/>
    public bool Equals(Talk? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>Gives the header in its canonical form: <c>TwitVisor / 島田恭平(筑波大学)</c>, speakers joined by <c>, </c>.</summary>
    /// <returns>The title, a slash, and the speakers; the title alone when no speaker is named.</returns>
    public override string ToString() => Speakers.IsEmpty ? Title : $"{Title} / {string.Join(", ", Speakers)}";

    private protected override ImmutableArray<Evidence> SeedEvidence() =>
        ImmutableArray.Create(new Evidence("talk header \"Title / Speaker\"", Header.Line, ToString()));

    // The slices, so that comparing two parses makes no title string; the speakers are children.
    private protected override bool HasSameValues(Node other)
    {
        var talk = (Talk)other;
        return base.HasSameValues(other) && _title.Equals(talk._title) && StartTime == talk.StartTime && EndTime == talk.EndTime
            && Evidence.SequenceEqual(talk.Evidence);
    }
}
