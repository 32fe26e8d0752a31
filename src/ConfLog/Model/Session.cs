using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A part of the log: a <see cref="Talk"/>, a <see cref="Break"/>, a <see cref="Section"/>, or an <see cref="Interlude"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Session>))]
public abstract record Session : Node
{
    private ImmutableArray<SessionItem> _items;

    // Notes, exchanges, timestamps, prose and links, sorted out of the items on first use and then kept: one field
    // per session, nothing at all until someone asks.
    private SessionContents? _contents;

    // Set by the reader of real notes; left default, each kind says the rule of the seed's grammar it was read by.
    private ImmutableArray<Evidence> _evidence;

    private protected Session(ImmutableArray<SessionItem> items, DateTime? start, DateTime? end, bool startInferred, SourceSpan? header, SourceSpan span)
        : base(span)
    {
        _items = items;
        Header = header;
        Start = start;
        End = end;
        StartInferred = startInferred;
    }

    /// <summary>Gets what the session is.</summary>
    public abstract SessionKind Kind { get; }

    /// <summary>Gets the title: a talk's (everything before the last <c> / </c> of its header), a break's heading, a section's heading text; <see langword="null"/> for an interlude.</summary>
    public virtual string? Title => null;

    /// <summary>
    /// Gets where the line that opened the session stands: a talk's header, a break's or a section's heading;
    /// <see langword="null"/> for an interlude. A <see cref="Talk"/>, a <see cref="Break"/> and a <see cref="Section"/>
    /// give it as a plain <see cref="SourceSpan"/> too.
    /// </summary>
    public SourceSpan? Header { get; }

    /// <summary>Gets what the session holds, in source order.</summary>
    public ImmutableArray<SessionItem> Items
    {
        get => _items;
        init
        {
            _items = value;
            _contents = null;
        }
    }

    /// <summary>Gets when it started: the last timestamp before its first line, or the event's start for a first talk with none.</summary>
    public DateTime? Start { get; init; }

    /// <summary>Gets when it ended: the first timestamp after its content, or <see langword="null"/>.</summary>
    public DateTime? End { get; init; }

    /// <summary>Gets whether <see cref="Start"/> was not written but taken from the event's hours.</summary>
    public bool StartInferred { get; init; }

    /// <summary>
    /// Gets why the session is what it is, one reason per rule that decided (for <c>conflog outline --explain</c>): for a
    /// talk, the rule that found it and where its title, speakers and times came from; for a section, a day's heading, a
    /// group or a break, why it is not a talk. A session read in the seed's dialect gives the seed's rule
    /// (<c>talk header "Title / Speaker" (L6)</c>); an interlude gives none.
    /// </summary>
    public ImmutableArray<Evidence> Evidence
    {
        get => _evidence.IsDefault ? SeedEvidence() : _evidence;
        init => _evidence = value;
    }

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Items;

    /// <summary>Gets the top-level bullets, in order; nested bullets are in each note's <see cref="Note.Children"/>.</summary>
    public ImmutableArray<Note> Notes => Contents.Notes;

    /// <summary>Gets the question-and-answer exchanges, in order.</summary>
    public ImmutableArray<Exchange> Exchanges => Contents.Exchanges;

    /// <summary>Gets the timestamps written inside the session, in order.</summary>
    public ImmutableArray<Timestamp> Timestamps => Contents.Timestamps;

    /// <summary>Gets the lines of prose, in order.</summary>
    public ImmutableArray<Prose> Prose => Contents.Prose;

    /// <summary>Gets every URL in the session: in notes at any depth, in questions, answers and prose, in source order.</summary>
    public ImmutableArray<Link> Links => Contents.Links;

    // The reason a session read by the seed's line grammar has, from its own header: made on demand, so that a session
    // made by hand and the same one parsed compare equal.
    private protected virtual ImmutableArray<Evidence> SeedEvidence() => ImmutableArray<Evidence>.Empty;

    // Two threads asking at once may both sort the items; they get equal contents and one of them is kept.
    private SessionContents Contents =>
        _contents ?? Interlocked.CompareExchange(ref _contents, SessionContents.Of(_items), null) ?? _contents!;

    /// <inheritdoc/>
    public virtual bool Equals(Session? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    // The items are children: the walk compares them. Each kind compares its own title.
    private protected override bool HasSameValues(Node other)
    {
        var session = (Session)other;
        return Start == session.Start && End == session.End && StartInferred == session.StartInferred && Header == session.Header;
    }
}
