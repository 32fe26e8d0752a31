using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// A note whose children and continuation lines are still coming: <c>- a bullet</c>, then <c>  more text</c> and
/// <c>  - a child</c>. It becomes its <see cref="Note"/> when its session ends; a draft is reused for the notes of
/// later sessions, since a parse drafts every note of the log.
/// </summary>
internal sealed class NoteDraft
{
    // Made on first use: most notes have no child, no continuation line and no link on one.
    private List<NoteDraft>? _children;
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

    /// <summary>Gets the note, once <see cref="Close"/> has made it.</summary>
    public Note? Made { get; private set; }

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
        Made = null;
        _children?.Clear();
        _continuations?.Clear();
        _continuedLinks?.Clear();
    }

    /// <summary>Takes a note indented under this one.</summary>
    /// <param name="child">The child's draft, opened after this one.</param>
    public void Adopt(NoteDraft child) => (_children ??= new()).Add(child);

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

    /// <summary>Makes the note. Every child must be closed first: children are drafted after their parents, so
    /// closing the drafts in the reverse order of their opening does it, with no recursion however deep they nest.</summary>
    /// <returns>The note.</returns>
    public Note Close()
    {
        var children = ImmutableArray<Note>.Empty;
        var last = _lastLine;
        if (_children is { Count: > 0 })
        {
            var made = new Note[_children.Count];
            for (int i = 0; i < made.Length; i++)
            {
                made[i] = _children[i].Made!;
            }

            children = ImmutableCollectionsMarshal.AsImmutableArray(made);
            var lastChild = made[made.Length - 1].Span;
            last = lastChild.End < _lastLine.End ? _lastLine : lastChild;
        }

        var text = _continuations is not { Count: > 0 } ? _text : new TextSlice(Joined(_continuations));
        var links = _continuedLinks is not { Count: > 0 } ? _links : _continuedLinks.ToImmutableArray();
        Made = new Note(text, _label, _marker, Indent, links, children, _firstLine.Through(last), _kind);
        return Made;
    }

    /// <summary>Lets go of the session's texts, lines and records, keeping the lists for the next note.</summary>
    public void Forget()
    {
        _label = default;
        _text = default;
        _links = default;
        Made = null;
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
