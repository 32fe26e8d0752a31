using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A part of the log: a <see cref="Talk"/>, a <see cref="Break"/>, a <see cref="Section"/>, or an <see cref="Interlude"/>.</summary>
/// <param name="Items">What the session holds, in source order.</param>
/// <param name="Start">When it started: the last timestamp before its first line, or the event's start for a first talk with none.</param>
/// <param name="End">When it ended: the first timestamp after its content, or <see langword="null"/>.</param>
/// <param name="StartInferred">Whether <paramref name="Start"/> was not written but taken from the event's hours.</param>
/// <param name="Span">From the session's first line through its last.</param>
public abstract record Session(
    ImmutableArray<SessionItem> Items,
    DateTime? Start,
    DateTime? End,
    bool StartInferred,
    SourceSpan Span) : Node(Span)
{
    /// <summary>Gets what the session is.</summary>
    public abstract SessionKind Kind { get; }

    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes => Items;

    /// <summary>Gets the top-level bullets, in order; nested bullets are in each note's <see cref="Note.Children"/>.</summary>
    public ImmutableArray<Note> Notes => Items.OfType<Note>().ToImmutableArray();

    /// <summary>Gets the question-and-answer exchanges, in order.</summary>
    public ImmutableArray<Exchange> Exchanges => Items.OfType<Exchange>().ToImmutableArray();

    /// <summary>Gets the timestamps written inside the session, in order.</summary>
    public ImmutableArray<Timestamp> Timestamps => Items.OfType<Timestamp>().ToImmutableArray();

    /// <summary>Gets the lines of prose, in order.</summary>
    public ImmutableArray<Prose> Prose => Items.OfType<Prose>().ToImmutableArray();

    /// <summary>Gets every URL in the session: in notes at any depth, in questions, answers and prose, in source order.</summary>
    public ImmutableArray<Link> Links => CollectLinks().OrderBy(link => link.Span.Offset).ToImmutableArray();

    private IEnumerable<Link> CollectLinks()
    {
        // Iterative on purpose: notes may nest thousands of levels deep.
        var pending = new Stack<SessionItem>(Items);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case Note note:
                    foreach (var link in note.Links)
                    {
                        yield return link;
                    }

                    foreach (var child in note.Children)
                    {
                        pending.Push(child);
                    }

                    break;
                case Exchange exchange:
                    foreach (var link in (exchange.Question?.Links ?? ImmutableArray<Link>.Empty).Concat(exchange.Answers.SelectMany(a => a.Links)))
                    {
                        yield return link;
                    }

                    break;
                case Prose prose:
                    foreach (var link in prose.Links)
                    {
                        yield return link;
                    }

                    break;
                default:
                    break;
            }
        }
    }
}
