using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConfLog.Model;

// What a session's items are, sorted by kind in one pass: what Session.Notes, Exchanges, Timestamps, Prose and Links give.
internal sealed class SessionContents
{
    private SessionContents(ImmutableArray<Note> notes, ImmutableArray<Exchange> exchanges, ImmutableArray<Timestamp> timestamps, ImmutableArray<Prose> prose, ImmutableArray<Link> links)
    {
        Notes = notes;
        Exchanges = exchanges;
        Timestamps = timestamps;
        Prose = prose;
        Links = links;
    }

    public ImmutableArray<Note> Notes { get; }

    public ImmutableArray<Exchange> Exchanges { get; }

    public ImmutableArray<Timestamp> Timestamps { get; }

    public ImmutableArray<Prose> Prose { get; }

    public ImmutableArray<Link> Links { get; }

    public static SessionContents Of(ImmutableArray<SessionItem> items)
    {
        var notes = ImmutableArray.CreateBuilder<Note>();
        var exchanges = ImmutableArray.CreateBuilder<Exchange>();
        var timestamps = ImmutableArray.CreateBuilder<Timestamp>();
        var prose = ImmutableArray.CreateBuilder<Prose>();
        var links = ImmutableArray.CreateBuilder<Link>();
        foreach (var item in items)
        {
            switch (item)
            {
                case Note note:
                    notes.Add(note);
                    AddLinks(note, links);
                    break;
                case Exchange exchange:
                    exchanges.Add(exchange);
                    links.AddRange(exchange.Question?.Links ?? ImmutableArray<Link>.Empty);
                    foreach (var answer in exchange.Answers)
                    {
                        links.AddRange(answer.Links);
                    }

                    break;
                case Timestamp timestamp:
                    timestamps.Add(timestamp);
                    break;
                case Prose line:
                    prose.Add(line);
                    links.AddRange(line.Links);
                    break;
                default:
                    break;
            }
        }

        // Items, and a note's own lines before its children's, come in source order, so the links do too; a session
        // made by hand need not keep that order, and is sorted then.
        if (!InSourceOrder(links))
        {
            links.Sort((a, b) => a.Span.Offset.CompareTo(b.Span.Offset));
        }

        return new SessionContents(notes.ToImmutable(), exchanges.ToImmutable(), timestamps.ToImmutable(), prose.ToImmutable(), links.ToImmutable());
    }

    // Depth first with a stack of its own: notes nest thousands of levels deep.
    private static void AddLinks(Note top, ImmutableArray<Link>.Builder links)
    {
        var pending = new Stack<Note>();
        pending.Push(top);
        while (pending.Count > 0)
        {
            var note = pending.Pop();
            links.AddRange(note.Links);
            for (int i = note.Children.Length - 1; i >= 0; i--)
            {
                pending.Push(note.Children[i]);
            }
        }
    }

    private static bool InSourceOrder(ImmutableArray<Link>.Builder links)
    {
        for (int i = 1; i < links.Count; i++)
        {
            if (links[i].Span.Offset < links[i - 1].Span.Offset)
            {
                return false;
            }
        }

        return true;
    }
}
