using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// A note whose children and continuation lines are still coming: <c>- a bullet</c>, then <c>  more text</c> and
/// <c>  - a child</c>. It becomes its <see cref="Note"/> when the list leaves it (a line at its depth or shallower, or
/// the end of the list), its children being made by then; the draft is then free for the next note, so a parse
/// needs no more drafts than its lists are deep.
/// </summary>
internal sealed class NoteDraft
{
    // Made on first use: most notes have no child, no continuation line and no link on one.
    private List<Note>? _children;
    private List<string>? _continuations;
    private List<Link>? _continuedLinks;
    private SourceSpan _firstLine;
    private SourceSpan _lastLine;
    private string _marker = string.Empty;
    private string _kind = string.Empty;
    private TextSlice _label;
    private TextSlice _text;
    private ImmutableArray<Link> _links;

    /// <summary>Gets the number of characters before the marker.</summary>
    public int Indent { get; private set; }

    /// <summary>Gets the indent's width in columns, a tab reaching the next multiple of four.</summary>
    public int Width { get; private set; }

    /// <summary>Gets or sets where the note goes among its session's items, or -1 for a note nested in another.</summary>
    public int Slot { get; set; }

    /// <summary>Starts the draft of a note on its first line.</summary>
    public void Open(SourceSpan line, string marker, int indent, int width, TextSlice label, TextSlice text, ImmutableArray<Link> links, string kind)
    {
        _firstLine = line;
        _lastLine = line;
        _marker = marker;
        Indent = indent;
        Width = width;
        _label = label;
        _text = text;
        _links = links;
        _kind = kind;
        _children?.Clear();
        _continuations?.Clear();
        _continuedLinks?.Clear();
    }

    /// <summary>Takes a note indented under this one.</summary>
    /// <param name="child">The child, made when the list left it.</param>
    public void Adopt(Note child) => (_children ??= new()).Add(child);

    /// <summary>Takes a line that continues the note's text.</summary>
    /// <param name="line">Where the line stands.</param>
    /// <param name="text">Its text, without its indent.</param>
    /// <param name="links">The links in it.</param>
    public void Continue(SourceSpan line, string text, ImmutableArray<Link> links)
    {
        // Gathered and joined once, when closed: appending to the text line by line is quadratic.
        (_continuations ??= new()).Add(text);
        if (!links.IsEmpty)
        {
            _continuedLinks ??= new();
            if (_continuedLinks.Count == 0)
            {
                _continuedLinks.AddRange(_links);
            }

            _continuedLinks.AddRange(links);
        }

        _lastLine = line;
    }

    /// <summary>Makes the note from its children, made before it (the list leaves a child before its parent, deepest
    /// first, so no recursion is needed however deep they nest), and its continuation lines.</summary>
    /// <returns>The note.</returns>
    public Note Close()
    {
        var children = ImmutableArray<Note>.Empty;
        var last = _lastLine;
        if (_children is { Count: > 0 })
        {
            var made = new Note[_children.Count];
            _children.CopyTo(made);
            children = ImmutableCollectionsMarshal.AsImmutableArray(made);
            var lastChild = made[made.Length - 1].Span;
            last = lastChild.End < _lastLine.End ? _lastLine : lastChild;
        }

        var text = _continuations is not { Count: > 0 } ? _text : new TextSlice(Joined(_continuations));
        var links = _continuedLinks is not { Count: > 0 } ? _links : _continuedLinks.ToImmutableArray();
        return new Note(text, _label, _marker, Indent, links, children, _firstLine.Through(last), _kind);
    }

    /// <summary>Lets go of the note's texts and records, keeping the lists for the next note.</summary>
    public void Forget()
    {
        _label = default;
        _text = default;
        _links = default;
        _children?.Clear();
        _continuations?.Clear();
        _continuedLinks?.Clear();
    }

    private string Joined(List<string> continuations)
    {
        // An empty first line is not a line of its own: "-" then "  text" reads as "text".
        return _text.AsSpan().Length == 0
            ? string.Join("\n", continuations)
            : _text.Value + "\n" + string.Join("\n", continuations);
    }
}
