using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// Turns the lines of a session into its items: bullets nest by indentation into notes, a question and the answers
/// after it become an exchange, everything else is an item of its own. Notes and exchanges are drafted
/// (<see cref="NoteDraft"/>, <see cref="ExchangeDraft"/>) and made when all they hold is known: a note when its list
/// leaves it, an exchange when the session ends.
/// </summary>
internal sealed class ItemBuilder
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly TextSource _texts;

    // The session's items in order: each a record, or the draft of a note or an exchange.
    private readonly List<object> _items = new(32);

    // Drafts are reused: a note's draft as soon as its note is made (a parse needs no more than its lists are deep),
    // an exchange's from session to session. A new draft for every note was about a tenth of all a parse allocated.
    private readonly List<NoteDraft> _freeNotes = new();
    private readonly List<ExchangeDraft> _exchanges = new();
    private int _exchangeCount;

    private readonly List<NoteDraft> _open = new();
    private readonly List<ParsedLine> _blanks = new();
    private ExchangeDraft? _exchange;

    // An exchange the reader paired: its answers are the lines it named, whatever notes stand between them, so the
    // notes around do not close it as they close one of Q:/A: lines.
    private ExchangeDraft? _readExchange;
    private bool _listHasTabs;
    private bool _listHasSpaces;

    public ItemBuilder(List<Diagnostic> diagnostics, TextSource texts)
    {
        _diagnostics = diagnostics;
        _texts = texts;
    }

    /// <summary>Makes the items of one session from its lines, in two runs (the lines before its header and after).</summary>
    /// <param name="leading">The first lines.</param>
    /// <param name="body">The lines after them.</param>
    /// <returns>The items, in source order.</returns>
    public ImmutableArray<SessionItem> Build(LineRun leading, LineRun body)
    {
        for (int i = 0; i < leading.Count; i++)
        {
            Add(leading[i]);
        }

        for (int i = 0; i < body.Count; i++)
        {
            Add(body[i]);
        }

        return Finish();
    }

    private void Add(in ParsedLine line)
    {
        if (_blanks.Count > 0 && line.Syntax is not BlankLine)
        {
            if (NestsUnderOpenNote(line))
            {
                // The blank lines stood inside the list, as in a loose Markdown list: the bullets around them take them.
                _blanks.Clear();
            }
            else
            {
                PartWithBlanks();
            }
        }

        switch (line.Syntax)
        {
            case BulletLine bullet:
                AddNote(line, bullet.Marker, bullet.Label is { } label ? _texts.Of(line, label) : default, _texts.Of(line, bullet.Text), Note.BulletKind);
                break;
            case EventHeaderLine dated:
                // A dated bullet below the header is just a note about that day.
                AddNote(line, dated.Marker, default, new TextSlice(line.Text.Substring(dated.Marker.Index + dated.Marker.Length).Trim()), Note.BulletKind);
                break;
            case CustomLine custom:
                AddNote(line, new LinePart(string.Empty, LeadingSpaces(line.Line)), default, new TextSlice(custom.Text.Text), custom.Kind);
                break;
            case HeadingLine heading:
                CloseAll();
                _items.Add(new Heading(heading.Text.Text, heading.Level, line.Span));
                break;
            case ProseLine prose when prose.Text.Index > 0 && Continues(line, prose):
                break;
            case QuestionLine question:
                CloseAll();
                _exchange = NewExchange(new Question(_texts.Of(line, question.Text), LinksOf(line), line.Span));
                break;
            case AnswerLine answer:
                CloseList();
                if (_exchange is null)
                {
                    _diagnostics.Add(DiagnosticCodes.AnswerWithoutQuestion.At(line.Span, "an answer with no question before it"));
                    _exchange = NewExchange(null);
                }

                _exchange.Add(new Answer(_texts.Of(line, answer.Text), LinksOf(line), line.Span));
                break;
            case ReadHeadingLine heading:
                CloseAll();
                _items.Add(new Heading(heading.Text, heading.Level, line.Span));
                break;
            case ReadQuestionLine read:
                CloseAll();
                _readExchange = NewExchange(new Question(_texts.Of(line, read.Text), LinksOf(line), line.Span));
                if (read.Answer is { } inline)
                {
                    _readExchange.Add(new Answer(_texts.Of(line, inline), LinksOf(line), line.Span));
                }

                break;
            case ReadAnswerLine read when _readExchange is not null:
                CloseList();
                _readExchange.Add(new Answer(_texts.Of(line, read.Text), LinksOf(line), line.Span));
                break;
            case TimestampLine stamp:
                CloseAll();
                _items.Add(new Timestamp(stamp.Value, stamp.HasSeconds, line.Span));
                break;
            case BlankLine when _open.Count > 0:
                // Whether a blank line ends the list is known at the next line that is not blank.
                _blanks.Add(line);
                break;
            case BlankLine:
                CloseAll();
                _items.Add(new Blank(line.Span));
                break;
            case ProseLine prose:
                CloseAll();
                _items.Add(new Prose(_texts.Of(line, prose.Text), LinksOf(line), line.Span));
                break;
            default:
                CloseAll();
                _items.Add(new Prose(new TextSlice(line.Text.Trim()), LinksOf(line), line.Span));
                break;
        }
    }

    // "  more text" under "- a bullet" continues the deepest open bullet it is indented under. A line indented
    // just as far as the deepest bullet's own marker ("  - What Is OpenAPI?" then "  https://...") continues that
    // bullet too, as a lazy continuation line does in Markdown: it is not a bullet of its own, and nothing closed it.
    private bool Continues(in ParsedLine line, ProseLine prose)
    {
        int width = IndentWidth(line.Line, prose.Text.Index);
        for (int i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Width < width || (i == _open.Count - 1 && _open[i].Width == width))
            {
                _open[i].Continue(line.Span, prose.Text.Text, LinksOf(line));
                while (_open.Count > i + 1)
                {
                    CloseDeepest();
                }

                return true;
            }
        }

        return false;
    }

    // A line that becomes a note (a bullet, a dated bullet, a line of the user's recognizers) indented deeper than the
    // outermost open bullet nests under an open one.
    private bool NestsUnderOpenNote(in ParsedLine line)
    {
        int? indent = line.Syntax switch
        {
            BulletLine bullet => bullet.Marker.Index,
            EventHeaderLine dated => dated.Marker.Index,
            CustomLine => LeadingSpaces(line.Line),
            _ => null,
        };
        return _open.Count > 0 && indent is { } at && IndentWidth(line.Line, at) > _open[0].Width;
    }

    private void PartWithBlanks()
    {
        CloseAll();
        foreach (var blank in _blanks)
        {
            _items.Add(new Blank(blank.Span));
        }

        _blanks.Clear();
    }

    private static int LeadingSpaces(LineText text) => TextRuns.SkipSpaces(text, 0);

    private void AddNote(in ParsedLine line, LinePart marker, TextSlice label, TextSlice text, string kind)
    {
        CloseExchange();
        int indent = marker.Index;
        int width = IndentWidth(line.Line, indent);
        while (_open.Count > 0 && _open[_open.Count - 1].Width >= width)
        {
            CloseDeepest();
        }

        CheckIndentation(line, indent);
        var draft = NewNote();
        draft.Open(line.Span, marker.Text, indent, width, label, text, LinksOf(line), kind);

        // A note outside any other holds its place among the items until it is made; a nested one goes to its parent.
        draft.Slot = _open.Count == 0 ? _items.Count : -1;
        if (draft.Slot >= 0)
        {
            _items.Add(draft);
        }

        _open.Add(draft);
    }

    private NoteDraft NewNote()
    {
        int last = _freeNotes.Count - 1;
        if (last < 0)
        {
            return new NoteDraft();
        }

        var draft = _freeNotes[last];
        _freeNotes.RemoveAt(last);
        return draft;
    }

    // The list leaves its deepest open note: the note is made, and goes to its place or to its parent, now the deepest.
    private void CloseDeepest()
    {
        int last = _open.Count - 1;
        var draft = _open[last];
        _open.RemoveAt(last);
        var note = draft.Close();
        if (draft.Slot < 0)
        {
            _open[last - 1].Adopt(note);
        }
        else
        {
            _items[draft.Slot] = note;
        }

        draft.Forget();
        _freeNotes.Add(draft);
    }

    private ExchangeDraft NewExchange(Question? question)
    {
        if (_exchangeCount == _exchanges.Count)
        {
            _exchanges.Add(new ExchangeDraft());
        }

        var exchange = _exchanges[_exchangeCount++];
        exchange.Open(question);
        _items.Add(exchange);
        return exchange;
    }

    // A tab reaches the next multiple of four columns, so "a tab", "two spaces" and "four spaces" per level
    // all nest the way they look in an editor.
    private static int IndentWidth(LineText text, int length)
    {
        int width = 0;
        for (int i = 0; i < length; i++)
        {
            width = text[i] == '\t' ? (width / 4 * 4) + 4 : width + 1;
        }

        return width;
    }

    private void CheckIndentation(in ParsedLine line, int indent)
    {
        bool hadBoth = _listHasTabs && _listHasSpaces;
        var text = line.Line;
        for (int i = 0; i < indent; i++)
        {
            _listHasTabs |= text[i] == '\t';
            _listHasSpaces |= text[i] != '\t';
        }

        if (!hadBoth && _listHasTabs && _listHasSpaces)
        {
            _diagnostics.Add(DiagnosticCodes.MixedIndentation.At(line.SpanOf(0, indent), "this list is indented with both tabs and spaces"));
        }
    }

    private void CloseList()
    {
        while (_open.Count > 0)
        {
            CloseDeepest();
        }

        _listHasTabs = false;
        _listHasSpaces = false;
    }

    private void CloseAll()
    {
        CloseList();
        CloseExchange();
    }

    private void CloseExchange()
    {
        if (_exchange is { Question: { } question, AnswerCount: 0 })
        {
            _diagnostics.Add(DiagnosticCodes.UnansweredQuestion.At(question.Span, "a question that no answer follows"));
        }

        _exchange = null;
    }

    private ImmutableArray<SessionItem> Finish()
    {
        // The session's end ends its last list: every note is made by then.
        PartWithBlanks();
        var items = _items.Count == 0 ? System.Array.Empty<SessionItem>() : new SessionItem[_items.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = _items[i] switch
            {
                ExchangeDraft exchange => exchange.Close(),
                var item => (SessionItem)item,
            };
        }

        // A stream keeps one session's lines at a time: drafts kept for the next session must not hold on to these.
        for (int i = 0; i < _exchangeCount; i++)
        {
            _exchanges[i].Forget();
        }

        _items.Clear();
        _readExchange = null;
        _exchangeCount = 0;
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private ImmutableArray<Link> LinksOf(in ParsedLine line)
    {
        var urls = _texts.MayHoldLink(line) ? LinkGrammar.FindUrls(line.Line) : ImmutableArray<LinePart>.Empty;
        if (urls.IsEmpty)
        {
            return ImmutableArray<Link>.Empty;
        }

        var links = new Link[urls.Length];
        for (int i = 0; i < links.Length; i++)
        {
            links[i] = new Link(_texts.Of(line, urls[i]), line.SpanOf(urls[i]));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(links);
    }
}
