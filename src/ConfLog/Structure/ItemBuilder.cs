using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// Turns the lines of a session into its items: bullets nest by indentation into notes, a question
/// and the answers after it become an exchange, everything else is an item of its own.
/// </summary>
internal sealed class ItemBuilder
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly TextSource _texts;
    private readonly List<object> _items = new();
    private readonly List<NoteDraft> _notes = new();
    private readonly List<NoteDraft> _open = new();
    private readonly List<LogLine> _blanks = new();
    private ExchangeDraft? _exchange;
    private bool _listHasTabs;
    private bool _listHasSpaces;

    private ItemBuilder(List<Diagnostic> diagnostics, TextSource texts)
    {
        _diagnostics = diagnostics;
        _texts = texts;
    }

    public static ImmutableArray<SessionItem> Build(IEnumerable<LogLine> lines, List<Diagnostic> diagnostics, TextSource texts)
    {
        var builder = new ItemBuilder(diagnostics, texts);
        foreach (var line in lines)
        {
            builder.Add(line);
        }

        return builder.Finish();
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
                _items.Add(new Heading(heading.Text.Text, heading.Level, line.Source.Span));
                break;
            case ProseLine prose when prose.Text.Index > 0 && Continues(line, prose):
                break;
            case QuestionLine question:
                CloseAll();
                _exchange = new ExchangeDraft(new Question(_texts.Of(line, question.Text), LinksOf(line), line.Source.Span));
                _items.Add(_exchange);
                break;
            case AnswerLine answer:
                CloseList();
                if (_exchange is null)
                {
                    _diagnostics.Add(DiagnosticCodes.AnswerWithoutQuestion.At(line.Source.Span, "an answer with no question before it"));
                    _exchange = new ExchangeDraft(null);
                    _items.Add(_exchange);
                }

                _exchange.Answers.Add(new Answer(_texts.Of(line, answer.Text), LinksOf(line), line.Source.Span));
                break;
            case TimestampLine stamp:
                CloseAll();
                _items.Add(new Timestamp(stamp.Value, stamp.HasSeconds, line.Source.Span));
                break;
            case BlankLine when _open.Count > 0:
                // Whether a blank line ends the list is known at the next line that is not blank.
                _blanks.Add(line);
                break;
            case BlankLine:
                CloseAll();
                _items.Add(new Blank(line.Source.Span));
                break;
            case ProseLine prose:
                CloseAll();
                _items.Add(new Prose(_texts.Of(line, prose.Text), LinksOf(line), line.Source.Span));
                break;
            default:
                CloseAll();
                _items.Add(new Prose(line.Source.Text.Trim(), LinksOf(line), line.Source.Span));
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
            _items.Add(new Blank(blank.Source.Span));
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
        var draft = new NoteDraft(line, marker.Text, indent, width, label, text, LinksOf(line), kind);
        if (_open.Count == 0)
        {
            _items.Add(draft);
        }
        else
        {
            _open[_open.Count - 1].Children.Add(draft);
        }

        _open.Add(draft);
        _notes.Add(draft);
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
        if (_exchange is { Question: { } question, Answers.Count: 0 })
        {
            _diagnostics.Add(DiagnosticCodes.UnansweredQuestion.At(question.Span, "a question that no answer follows"));
        }

        _exchange = null;
    }

    private ImmutableArray<SessionItem> Finish()
    {
        PartWithBlanks();

        // Children were drafted after their parents, so freezing in reverse order finishes every
        // child before its parent, with no recursion however deep the nesting goes.
        for (int i = _notes.Count - 1; i >= 0; i--)
        {
            _notes[i].Freeze();
        }

        var items = ImmutableArray.CreateBuilder<SessionItem>(_items.Count);
        foreach (object item in _items)
        {
            items.Add(item switch
            {
                NoteDraft note => note.Frozen!,
                ExchangeDraft exchange => exchange.Freeze(),
                _ => (SessionItem)item,
            });
        }

        return items.MoveToImmutable();
    }

    private ImmutableArray<Link> LinksOf(LogLine line)
    {
        var urls = LinkGrammar.FindUrls(line.Source.Text);
        if (urls.IsEmpty)
        {
            return ImmutableArray<Link>.Empty;
        }

        var links = ImmutableArray.CreateBuilder<Link>(urls.Length);
        foreach (var url in urls)
        {
            links.Add(new Link(_texts.Of(line, url), line.SpanOf(url)));
        }

        return links.MoveToImmutable();
    }

    private sealed class NoteDraft
    {
        private readonly LogLine _line;
        private readonly string _marker;
        private readonly TextSlice _label;
        private readonly string _kind;
        private TextSlice _text;
        private ImmutableArray<Link> _links;
        private List<string>? _continuations;
        private ImmutableArray<Link>.Builder? _continuedLinks;
        private SourceSpan _lastLine;
        private List<NoteDraft>? _children;

        public NoteDraft(LogLine line, string marker, int indent, int width, TextSlice label, TextSlice text, ImmutableArray<Link> links, string kind)
        {
            _line = line;
            _marker = marker;
            Indent = indent;
            Width = width;
            _label = label;
            _text = text;
            _links = links;
            _kind = kind;
            _lastLine = line.Source.Span;
        }

        public int Indent { get; }

        public int Width { get; }

        // Made on the first child: most notes have none.
        public List<NoteDraft> Children => _children ??= new();

        public Note? Frozen { get; private set; }

        // Continuations are gathered and joined once, when frozen: appending to the text line by line is quadratic.
        public void Continue(LogLine line, string text, ImmutableArray<Link> links)
        {
            (_continuations ??= new List<string>()).Add(text);
            if (!links.IsEmpty)
            {
                (_continuedLinks ??= _links.ToBuilder()).AddRange(links);
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

            foreach (string line in _continuations!)
            {
                yield return line;
            }
        }

        public void Freeze()
        {
            var children = ImmutableArray<Note>.Empty;
            if (_children is { Count: > 0 })
            {
                var frozen = ImmutableArray.CreateBuilder<Note>(_children.Count);
                foreach (var child in _children)
                {
                    frozen.Add(child.Frozen!);
                }

                children = frozen.MoveToImmutable();
            }

            var last = children.IsEmpty || children[children.Length - 1].Span.End < _lastLine.End ? _lastLine : children[children.Length - 1].Span;
            var text = _continuations is null ? _text : new TextSlice(string.Join("\n", Continued()));
            var links = _continuedLinks?.ToImmutable() ?? _links;
            Frozen = new Note(text, _label, _marker, Indent, links, children, _line.Source.Span.Through(last), _kind);
        }
    }

    private sealed class ExchangeDraft
    {
        public ExchangeDraft(Question? question) => Question = question;

        public Question? Question { get; }

        public List<Answer> Answers { get; } = new();

        public Exchange Freeze()
        {
            var first = Question?.Span ?? Answers[0].Span;
            var span = Answers.Count == 0 ? first : first.Through(Answers[Answers.Count - 1].Span);
            return new Exchange(Question, Answers.ToImmutableArray(), span);
        }
    }
}
