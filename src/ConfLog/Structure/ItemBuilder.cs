using System.Collections.Generic;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// Turns the lines of a session into its items, written as rows of a <see cref="Blueprint"/>: bullets nest by
/// indentation into notes, a question and the answers after it become an exchange, everything else is an item of its own.
/// </summary>
internal sealed class ItemBuilder
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly TextSource _texts;
    private readonly Blueprint _blueprint;

    // The session's items are written in order as they come, so they stand in consecutive rows; a note or an
    // exchange keeps its row empty until the end of the session, when all it holds is known.
    private readonly List<NoteDraft> _topNotes = new();
    private readonly List<ExchangeDraft> _topExchanges = new();
    private int _first;
    private int _count;

    // Drafts are kept and reused from session to session: a parse drafts every note of the log, and making a new
    // draft for each was about a tenth of all it allocated.
    private readonly List<NoteDraft> _notes = new();
    private readonly List<ExchangeDraft> _exchanges = new();
    private int _noteCount;
    private int _exchangeCount;

    private readonly Queue<NoteDraft> _parents = new();
    private readonly List<NoteDraft> _open = new();
    private readonly List<LogLine> _blanks = new();
    private ExchangeDraft? _exchange;
    private bool _listHasTabs;
    private bool _listHasSpaces;

    public ItemBuilder(List<Diagnostic> diagnostics, TextSource texts, Blueprint blueprint)
    {
        _diagnostics = diagnostics;
        _texts = texts;
        _blueprint = blueprint;
    }

    /// <summary>Writes the items of one session's <paramref name="lines"/> to the blueprint.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The index of the first item row and the number of items.</returns>
    public (int First, int Count) Write(IEnumerable<LogLine> lines)
    {
        foreach (var line in lines)
        {
            Add(line);
        }

        var items = Finish();

        // A stream keeps one session's lines at a time: drafts kept for the next session must not hold on to these.
        for (int i = 0; i < _noteCount; i++)
        {
            _notes[i].Forget();
        }

        for (int i = 0; i < _exchangeCount; i++)
        {
            _exchanges[i].Forget();
        }

        _topNotes.Clear();
        _topExchanges.Clear();
        _count = 0;
        _noteCount = 0;
        _exchangeCount = 0;
        return items;
    }

    private void Add(LogLine line)
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
                AddNote(line, dated.Marker, default, new TextSlice(line.Source.Text.Substring(dated.Marker.Index + dated.Marker.Length).Trim()), Note.BulletKind);
                break;
            case CustomLine custom:
                AddNote(line, new LinePart(string.Empty, LeadingSpaces(line.Source.Text)), default, new TextSlice(custom.Text.Text), custom.Kind);
                break;
            case HeadingLine heading:
                CloseAll();
                ref var headingRow = ref Top(ItemKind.Heading, line.Source.Span);
                headingRow.Text = new TextSlice(heading.Text.Text);
                headingRow.Number = heading.Level;
                break;
            case ProseLine prose when prose.Text.Index > 0 && Continues(line, prose):
                break;
            case QuestionLine question:
                CloseAll();
                _exchange = NewExchange();
                _exchange.Ask(Said(ItemKind.Question, line, _texts.Of(line, question.Text)));
                break;
            case AnswerLine answer:
                CloseList();
                if (_exchange is null)
                {
                    _diagnostics.Add(DiagnosticCodes.AnswerWithoutQuestion.At(line.Source.Span, "an answer with no question before it"));
                    _exchange = NewExchange();
                }

                _exchange.Answers.Add(Said(ItemKind.Answer, line, _texts.Of(line, answer.Text)));
                break;
            case TimestampLine stamp:
                CloseAll();
                ref var stampRow = ref Top(ItemKind.Timestamp, line.Source.Span);
                stampRow.Time = stamp.Value;
                stampRow.Number = stamp.HasSeconds ? 1 : 0;
                break;
            case BlankLine when _open.Count > 0:
                // Whether a blank line ends the list is known at the next line that is not blank.
                _blanks.Add(line);
                break;
            case BlankLine:
                CloseAll();
                Top(ItemKind.Blank, line.Source.Span);
                break;
            case ProseLine prose:
                CloseAll();
                Top(ItemKind.Prose, line.Source.Span) = Said(ItemKind.Prose, line, _texts.Of(line, prose.Text));
                break;
            default:
                CloseAll();
                Top(ItemKind.Prose, line.Source.Span) = Said(ItemKind.Prose, line, new TextSlice(line.Source.Text.Trim()));
                break;
        }
    }

    // "  more text" under "- a bullet" continues the deepest open bullet it is indented under. A line indented
    // just as far as the deepest bullet's own marker ("  - What Is OpenAPI?" then "  https://...") continues that
    // bullet too, as a lazy continuation line does in Markdown: it is not a bullet of its own, and nothing closed it.
    private bool Continues(LogLine line, ProseLine prose)
    {
        int width = IndentWidth(line.Source.Text, prose.Text.Index);
        for (int i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Width < width || (i == _open.Count - 1 && _open[i].Width == width))
            {
                _open[i].Continue(line, prose.Text.Text, LinksOf(line));
                _open.RemoveRange(i + 1, _open.Count - i - 1);
                return true;
            }
        }

        return false;
    }

    // A line that becomes a note (a bullet, a dated bullet, a line of the user's recognizers) indented deeper than the
    // outermost open bullet nests under an open one.
    private bool NestsUnderOpenNote(LogLine line)
    {
        int? indent = line.Syntax switch
        {
            BulletLine bullet => bullet.Marker.Index,
            EventHeaderLine dated => dated.Marker.Index,
            CustomLine => LeadingSpaces(line.Source.Text),
            _ => null,
        };
        return _open.Count > 0 && indent is { } at && IndentWidth(line.Source.Text, at) > _open[0].Width;
    }

    private void PartWithBlanks()
    {
        CloseAll();
        foreach (var blank in _blanks)
        {
            Top(ItemKind.Blank, blank.Source.Span);
        }

        _blanks.Clear();
    }

    private static int LeadingSpaces(string text) => TextRuns.SkipSpaces(text, 0);

    private void AddNote(LogLine line, LinePart marker, TextSlice label, TextSlice text, string kind)
    {
        CloseExchange();
        int indent = marker.Index;
        int width = IndentWidth(line.Source.Text, indent);
        while (_open.Count > 0 && _open[_open.Count - 1].Width >= width)
        {
            _open.RemoveAt(_open.Count - 1);
        }

        CheckIndentation(line, indent);
        var draft = NewNote();
        draft.Open(line.Source.Span, marker.Text, indent, width, label, text, LinksOf(line), kind);
        if (_open.Count == 0)
        {
            draft.RowIndex = TopRow();
            _topNotes.Add(draft);
        }
        else
        {
            _open[_open.Count - 1].Children.Add(draft);
        }

        _open.Add(draft);
    }

    private NoteDraft NewNote()
    {
        if (_noteCount == _notes.Count)
        {
            _notes.Add(new NoteDraft());
        }

        return _notes[_noteCount++];
    }

    private ExchangeDraft NewExchange()
    {
        if (_exchangeCount == _exchanges.Count)
        {
            _exchanges.Add(new ExchangeDraft());
        }

        var exchange = _exchanges[_exchangeCount++];
        exchange.Forget();
        exchange.RowIndex = TopRow();
        _topExchanges.Add(exchange);
        return exchange;
    }

    // A tab reaches the next multiple of four columns, so "a tab", "two spaces" and "four spaces" per level
    // all nest the way they look in an editor.
    private static int IndentWidth(string text, int length)
    {
        int width = 0;
        for (int i = 0; i < length; i++)
        {
            width = text[i] == '\t' ? (width / 4 * 4) + 4 : width + 1;
        }

        return width;
    }

    private void CheckIndentation(LogLine line, int indent)
    {
        bool hadBoth = _listHasTabs && _listHasSpaces;
        for (int i = 0; i < indent; i++)
        {
            _listHasTabs |= line.Source.Text[i] == '\t';
            _listHasSpaces |= line.Source.Text[i] != '\t';
        }

        if (!hadBoth && _listHasTabs && _listHasSpaces)
        {
            _diagnostics.Add(DiagnosticCodes.MixedIndentation.At(line.Source.SpanOf(0, indent), "this list is indented with both tabs and spaces"));
        }
    }

    private void CloseList()
    {
        _open.Clear();
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
        if (_exchange is { HasQuestion: true, Answers.Count: 0 })
        {
            _diagnostics.Add(DiagnosticCodes.UnansweredQuestion.At(_exchange.Question.Span, "a question that no answer follows"));
        }

        _exchange = null;
    }

    private (int First, int Count) Finish()
    {
        PartWithBlanks();

        // Children were drafted after their parents, so closing in reverse order closes every child before its
        // parent, whose span ends with its last child's, with no recursion however deep the nesting goes.
        for (int i = _noteCount - 1; i >= 0; i--)
        {
            _notes[i].Close(_blueprint);
        }

        // Below the items, rows are written a level at a time, each block of children after its parent's row, as
        // Blueprint.Build needs.
        foreach (var note in _topNotes)
        {
            _blueprint.Item(note.RowIndex) = note.Row;
            _parents.Enqueue(note);
        }

        foreach (var exchange in _topExchanges)
        {
            // Written first, then stored: writing reserves rows, which may move the row a reference points to.
            var row = exchange.Write(_blueprint);
            _blueprint.Item(exchange.RowIndex) = row;
        }

        while (_parents.Count > 0)
        {
            var parent = _parents.Dequeue();
            if (parent.ChildCount == 0)
            {
                continue;
            }

            int block = _blueprint.ReserveItems(parent.ChildCount);
            ref var written = ref _blueprint.Item(parent.RowIndex);
            written.First = block;
            written.Count = parent.ChildCount;
            for (int i = 0; i < parent.ChildCount; i++)
            {
                var child = parent.Children[i];
                child.RowIndex = block + i;
                _blueprint.Item(block + i) = child.Row;
                _parents.Enqueue(child);
            }
        }

        return (_count == 0 ? _blueprint.ReserveItems(0) : _first, _count);
    }

    // Reserves the row of the session's next item.
    private int TopRow()
    {
        int row = _blueprint.ReserveItems(1);
        if (_count++ == 0)
        {
            _first = row;
        }

        return row;
    }

    // Writes the session's next item, a row complete when its line is read.
    private ref ItemRow Top(ItemKind kind, SourceSpan span)
    {
        ref var row = ref _blueprint.Item(TopRow());
        row = new ItemRow { Kind = kind, Span = span };
        return ref row;
    }

    // A question, an answer or prose: its text and the links in its line.
    private ItemRow Said(ItemKind kind, LogLine line, TextSlice text) =>
        new() { Kind = kind, Text = text, Links = LinksOf(line), Span = line.Source.Span };

    private LinkBlock LinksOf(LogLine line)
    {
        var urls = LinkGrammar.FindUrls(line.Source.Text);
        if (urls.IsEmpty)
        {
            return default;
        }

        int first = -1;
        foreach (var url in urls)
        {
            int index = _blueprint.AddLink(_texts.Of(line, url), line.SpanOf(url));
            first = first < 0 ? index : first;
        }

        return new LinkBlock(first, urls.Length);
    }

    private sealed class NoteDraft
    {
        private readonly List<NoteDraft> _children = new();
        private readonly List<string> _continuations = new();
        private readonly RowList<LinkBlock> _continuedLinks = new(4);
        private SourceSpan _firstLine;
        private string _marker = string.Empty;
        private TextSlice _label;
        private string _kind = string.Empty;
        private TextSlice _text;
        private LinkBlock _links;
        private SourceSpan _lastLine;

        public void Open(SourceSpan line, string marker, int indent, int width, TextSlice label, TextSlice text, LinkBlock links, string kind)
        {
            _firstLine = line;
            _marker = marker;
            Indent = indent;
            Width = width;
            _label = label;
            _text = text;
            _links = links;
            _kind = kind;
            _lastLine = line;
            _children.Clear();
            _continuations.Clear();
            _continuedLinks.Clear();
        }

        public int Indent { get; private set; }

        public int Width { get; private set; }

        public List<NoteDraft> Children => _children;

        public int ChildCount => _children.Count;

        /// <summary>Gets or sets the index of the note's row, once it has one.</summary>
        public int RowIndex { get; set; }

        /// <summary>Gets the note's row once closed, without its children's block, which is written after it.</summary>
        public ItemRow Row { get; private set; }

        // Continuations are gathered and joined once, when closed: appending to the text line by line is quadratic.
        // Lets go of the session's texts and lines, keeping the lists for the next note.
        public void Forget()
        {
            _label = default;
            _text = default;
            Row = default;
            _children.Clear();
            _continuations.Clear();
        }

        public void Continue(LogLine line, string text, LinkBlock links)
        {
            _continuations.Add(text);
            if (!links.IsEmpty)
            {
                if (_continuedLinks.Count == 0)
                {
                    _continuedLinks.Add(_links);
                }

                _continuedLinks.Add(links);
            }

            _lastLine = line.Source.Span;
        }

        private IEnumerable<string> Continued()
        {
            // An empty first line is not a line of its own: "-" then "  text" reads as "text".
            if (_text.AsSpan().Length > 0)
            {
                yield return _text.Value;
            }

            foreach (string line in _continuations)
            {
                yield return line;
            }
        }

        public void Close(Blueprint blueprint)
        {
            var lastChild = ChildCount > 0 ? _children[_children.Count - 1].Row.Span : default;
            var last = ChildCount == 0 || lastChild.End < _lastLine.End ? _lastLine : lastChild;
            Row = new ItemRow
            {
                Kind = ItemKind.Note,
                Text = _continuations.Count == 0 ? _text : new TextSlice(string.Join("\n", Continued())),
                Label = _label,
                Marker = _marker,
                Number = Indent,
                Links = _continuedLinks.Count == 0 ? _links : blueprint.Join(_continuedLinks),
                Span = _firstLine.Through(last),
                NoteKind = _kind,
            };
        }
    }

    private sealed class ExchangeDraft
    {
        private ItemRow _question;

        public bool HasQuestion { get; private set; }

        public ItemRow Question => _question;

        public RowList<ItemRow> Answers { get; } = new(4);

        /// <summary>Gets or sets the index of the exchange's row.</summary>
        public int RowIndex { get; set; }

        public void Ask(in ItemRow question)
        {
            _question = question;
            HasQuestion = true;
        }

        public void Forget()
        {
            _question = default;
            HasQuestion = false;
            Answers.Clear();
        }

        // Writes the question and answers as a block of rows, and gives the exchange's own row.
        public ItemRow Write(Blueprint blueprint)
        {
            int count = (HasQuestion ? 1 : 0) + Answers.Count;
            int block = blueprint.ReserveItems(count);
            int at = block;
            if (HasQuestion)
            {
                blueprint.Item(at++) = _question;
            }

            for (int i = 0; i < Answers.Count; i++)
            {
                blueprint.Item(at++) = Answers[i];
            }

            var first = HasQuestion ? _question.Span : Answers[0].Span;
            var span = Answers.Count == 0 ? first : first.Through(Answers[Answers.Count - 1].Span);
            return new ItemRow { Kind = ItemKind.Exchange, Number = HasQuestion ? 1 : 0, First = block, Count = count, Span = span };
        }
    }
}
