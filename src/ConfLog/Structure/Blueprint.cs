using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// The sessions read so far, written down as plain values in a few large chunks, until their records are made
/// in one go by <see cref="Build"/>.
/// </summary>
/// <remarks>
/// Why not make the records as each session completes, as a stream does: a whole parse would then interleave the
/// records it keeps with the garbage the grammar makes for every line, and each collection during the parse would
/// have to find and move hundreds of thousands of small survivors scattered among the dead, then move them again
/// to the oldest generation. Rows in large chunks are a few objects that the collector never moves; the records,
/// made together at the end, lie together. On the 20 MB benchmark log this cut the collector's pauses during a
/// parse by about 50 ms and halved the parse; writing the rows and reading them back costs small logs about a tenth
/// of their parse (the figures: tests/ConfLog.Benchmarks/README.md). The chunks come from the shared array pool,
/// which keeps some for the next parse and trims them when they go unused.
/// </remarks>
internal sealed class Blueprint
{
    private readonly RowList<ItemRow> _items = new(256);
    private readonly RowList<LinkRow> _links = new(64);
    private readonly RowList<SessionRow> _sessions = new(16);

    // The records made so far of the session being built, by row, from its first row.
    private Node[] _made = new Node[64];

    /// <summary>Gets the number of sessions written and not built yet.</summary>
    public int SessionCount => _sessions.Count;

    /// <summary>Reserves consecutive item rows, for a node's children or a session's items; each must be written whole.</summary>
    /// <param name="count">How many.</param>
    /// <returns>The index of the first.</returns>
    public int ReserveItems(int count) => _items.Reserve(count);

    /// <summary>Gets an item row to write.</summary>
    /// <param name="index">Its index, from <see cref="ReserveItems"/>.</param>
    public ref ItemRow Item(int index) => ref _items[index];

    /// <summary>Writes a link.</summary>
    /// <param name="url">The address.</param>
    /// <param name="span">Where it stands.</param>
    /// <returns>Its index.</returns>
    public int AddLink(TextSlice url, SourceSpan span) => _links.Add(new LinkRow(url, span));

    /// <summary>Writes the links of several blocks again, one after the other, as one block.</summary>
    /// <param name="blocks">The blocks, in order.</param>
    /// <returns>The new block.</returns>
    public LinkBlock Join(RowList<LinkBlock> blocks)
    {
        int first = _links.Count;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            for (int i = 0; i < block.Count; i++)
            {
                _links.Add(_links[block.First + i]);
            }
        }

        return new LinkBlock(first, _links.Count - first);
    }

    /// <summary>Writes a session whose item and speaker rows are written.</summary>
    /// <param name="session">The session.</param>
    public void Add(in SessionRow session) => _sessions.Add(session);

    /// <summary>Makes the records of every session written, in order, and empties the blueprint.</summary>
    /// <param name="emit">Receives each session.</param>
    public void Build(Action<Session> emit)
    {
        for (int s = 0; s < _sessions.Count; s++)
        {
            emit(BuildSession(s));
        }

        _items.Clear();
        _links.Clear();
        _sessions.Clear();
    }

    // A call per session rather than one loop over the log: a method called often is soon compiled at its best,
    // while Build is called once per parse.
    private Session BuildSession(int session)
    {
        // A session's rows run from its first item to the next session's: its items, every node below them, and its
        // speakers.
        int first = _sessions[session].FirstItem;
        int end = session + 1 < _sessions.Count ? _sessions[session + 1].FirstItem : _items.Count;
        if (_made.Length < end - first)
        {
            _made = new Node[Math.Max(end - first, _made.Length * 2)];
        }

        // A node's children are always written after it, so making the rows from the last to the first makes every
        // child before its parent, with no recursion however deep the notes nest.
        for (int i = end - 1; i >= first; i--)
        {
            _made[i - first] = Make(ref _items[i], first);
        }

        var made = Make(ref _sessions[session], first);
        Array.Clear(_made, 0, end - first);
        return made;
    }

    private Node Make(ref ItemRow row, int first) => row.Kind switch
    {
        ItemKind.Note => new Note(row.Text, row.Label, row.Marker!, row.Number, Links(row.Links), Made<Note>(row.First - first, row.Count), row.Span, row.NoteKind!),
        ItemKind.Heading => new Heading(row.Text.Value, row.Number, row.Span),
        ItemKind.Question => new Question(row.Text, Links(row.Links), row.Span),
        ItemKind.Answer => new Answer(row.Text, Links(row.Links), row.Span),
        ItemKind.Exchange => row.Number == 1
            ? new Exchange((Question)_made[row.First - first], Made<Answer>(row.First - first + 1, row.Count - 1), row.Span)
            : new Exchange(null, Made<Answer>(row.First - first, row.Count), row.Span),
        ItemKind.Timestamp => new Timestamp(row.Time, row.Number == 1, row.Span),
        ItemKind.Blank => new Blank(row.Span),
        ItemKind.Prose => new Prose(row.Text, Links(row.Links), row.Span),
        ItemKind.Speaker => new Speaker(row.Text, row.Label, row.Span),
        _ => throw new InvalidOperationException($"No record for an item row of kind {row.Kind}."),
    };

    private Session Make(ref SessionRow row, int first)
    {
        var items = Made<SessionItem>(row.FirstItem - first, row.ItemCount);
        return row.Kind switch
        {
            SessionKind.Talk => new Talk(row.Title, Made<Speaker>(row.FirstSpeaker - first, row.SpeakerCount), row.Header, items, row.Start, row.End, row.StartInferred, row.Span),
            SessionKind.Section => new Section(row.Title.Value, row.Level, row.Header, items, row.Start, row.End, row.Span),
            SessionKind.Break => new Break(row.Title.Value, row.Header, items, row.Start, row.End, row.Span),
            SessionKind.Interlude => new Interlude(items, row.Span),
            _ => throw new InvalidOperationException($"No record for a session row of kind {row.Kind}."),
        };
    }

    private ImmutableArray<Link> Links(LinkBlock block)
    {
        if (block.IsEmpty)
        {
            return ImmutableArray<Link>.Empty;
        }

        var links = new Link[block.Count];
        for (int i = 0; i < links.Length; i++)
        {
            ref var row = ref _links[block.First + i];
            links[i] = new Link(row.Url, row.Span);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(links);
    }

    private ImmutableArray<T> Made<T>(int first, int count)
        where T : Node
    {
        if (count == 0)
        {
            return ImmutableArray<T>.Empty;
        }

        var nodes = new T[count];
        for (int i = 0; i < count; i++)
        {
            nodes[i] = (T)_made[first + i];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(nodes);
    }
}
