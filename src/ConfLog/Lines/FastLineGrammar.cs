using System;
using System.Collections.Immutable;
using System.Linq;
using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>
/// The line grammar of one dialect as <see cref="ConfLogGrammar.LineFor"/> runs it: a <see cref="TextRuns.Dispatch{T}"/>
/// over the line kinds, the frequent ones written as hand-made Sprache parsers.
/// </summary>
/// <remarks>
/// The LINQ-query parsers (<see cref="BulletGrammar"/>, <see cref="DateGrammar"/>, <see cref="TalkHeaderGrammar"/>...)
/// stay the documented grammar; these are the same parsers, same delegate type and same results, but each reads its line
/// in one pass and allocates only what it returns, where a query allocates a closure, a result and an input for every
/// <c>from</c>. <c>LineFastPathTests</c> checks on generated lines that they read every line as the queries do. The rare
/// kinds (headings, the event header, the user's recognizers) still run their queries, and only on lines that can be them.
/// </remarks>
internal sealed class FastLineGrammar
{
    private static readonly string[] Expected = { "line" };

    private static readonly char[] Colons = { ':', '：' };

    private const int SharedIndents = 16;

    // A blank line says nothing but that it is blank: one instance serves them all (records compare by value).
    internal static readonly BlankLine BlankInstance = new();

    private readonly string[] _markers;
    private readonly string[] _questionWords;
    private readonly string[] _answerWords;
    private readonly string[] _separators;
    private readonly ImmutableArray<string> _breakWords;
    private readonly LinePart[]?[] _markerParts;

    public FastLineGrammar(ConfLogOptions options)
    {
        _markers = BulletGrammar.LongestFirst(options.BulletMarkers);
        _questionWords = BulletGrammar.LongestFirst(options.QuestionMarkers);
        _answerWords = BulletGrammar.LongestFirst(options.AnswerMarkers);
        _separators = TalkHeaderGrammar.Separators(options.SpeakerSeparators);
        _markerParts = new LinePart[_markers.Length][];
        _breakWords = BreakGrammar.Keywords(options.BreakKeywords);

        string markerStarts = StartsOf(_markers);
        Parser<TalkHeaderLine> talk = TalkHeader;
        var cases = new System.Collections.Generic.List<DispatchCase<LineSyntax>>
        {
            new(Blank, condition: (line, first) => first == line.Length),
        };
        cases.AddRange(options.Recognizers.Select(r => new DispatchCase<LineSyntax>(ConfLogGrammar.Recognize(r))));
        cases.Add(new(Timestamp, "["));
        if (options.MarkdownHeadings)
        {
            cases.Add(new(HeadingGrammar.HeadingOf(talk), "#"));
        }

        cases.Add(new(EventHeaderGrammar.EventHeaderOf(BulletGrammar.BulletMarkerOf(options.BulletMarkers)), markerStarts, CanBeEventHeader));
        cases.Add(new(Question, markerStarts + StartsOf(_questionWords), (line, first) => ExchangeWordAt(line, first, _questionWords)));
        cases.Add(new(Answer, markerStarts + StartsOf(_answerWords), (line, first) => ExchangeWordAt(line, first, _answerWords)));
        cases.Add(new(Bullet, markerStarts, (line, first) => MatchMarker(line, first, out _) is not null));
        cases.Add(new(talk, condition: (line, _) => line.Contains(" / ")));
        cases.Add(new(Break, condition: (line, first) => TrimmedEnd(line, first) - first <= BreakGrammar.MaxBreakHeadingLength));
        cases.Add(new(Prose));
        Line = Dispatch("line", cases.ToArray());
    }

    /// <summary>Gets the parser of any line of the dialect; it never fails.</summary>
    public Parser<LineSyntax> Line { get; }

    // BlankLine: white space to the end.
    private static IResult<LineSyntax> Blank(IInput input) =>
        SkipSpaces(input.Source, input.Position) == input.Source.Length ? Success(BlankInstance, input) : Fail(input);

    // ProseLine: the rest of the line, trimmed; its index is where the text starts.
    private static IResult<LineSyntax> Prose(IInput input)
    {
        string s = input.Source;
        int start = SkipSpaces(s, input.Position);
        int end = TrimmedEnd(s, start);
        return Success(new ProseLine(LinePart.In(s, start, end - start)), input);
    }

    // DateGrammar.Timestamp: [yyyy-MM-dd HH:mm(:ss)], the same separator twice, values in range, nothing else on the line.
    private static IResult<LineSyntax> Timestamp(IInput input)
    {
        string s = input.Source;
        int n = s.Length;
        int p = SkipSpaces(s, input.Position);
        if (p >= n || s[p] != '[')
        {
            return Fail(input);
        }

        p++;
        if (!Digits(s, ref p, 4, out int year) || year < 1 || p >= n || (s[p] != '-' && s[p] != '/'))
        {
            return Fail(input);
        }

        char separator = s[p++];
        if (!Digits(s, ref p, 2, out int month) || month < 1 || month > 12 || p >= n || s[p] != separator)
        {
            return Fail(input);
        }

        p++;
        if (!Digits(s, ref p, 2, out int day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Fail(input);
        }

        int afterSpace = SkipSpaces(s, p);
        if (afterSpace == p)
        {
            return Fail(input);
        }

        p = afterSpace;
        if (!Digits(s, ref p, 2, out int hour) || hour > 23 || p >= n || s[p] != ':')
        {
            return Fail(input);
        }

        p++;
        if (!Digits(s, ref p, 2, out int minute) || minute > 59)
        {
            return Fail(input);
        }

        // Optional seconds: a colon with no valid seconds after it is left for the closing bracket to reject.
        int second = 0;
        bool hasSeconds = false;
        if (p < n && s[p] == ':')
        {
            int q = p + 1;
            if (Digits(s, ref q, 2, out int value) && value <= 59)
            {
                second = value;
                hasSeconds = true;
                p = q;
            }
        }

        if (p >= n || s[p] != ']' || SkipSpaces(s, p + 1) != n)
        {
            return Fail(input);
        }

        return Success(new TimestampLine(new DateTime(year, month, day) + new TimeSpan(hour, minute, second), hasSeconds), input);
    }

    // BulletGrammar.BulletOf: marker, white space, an optional label and its colon, then the text.
    private IResult<LineSyntax> Bullet(IInput input)
    {
        string s = input.Source;
        int n = s.Length;
        int at = SkipSpaces(s, input.Position);
        string? marker = MatchMarker(s, at, out int next);
        if (marker is null)
        {
            return Fail(input);
        }

        int p = SkipSpaces(s, next);
        LinePart? label = null;

        // A label is at most MaxLabelLength characters before its colon: look no further than that.
        int colon = p < n ? s.IndexOfAny(Colons, p, Math.Min(n - p, BulletGrammar.MaxLabelLength + 1)) : -1;
        colon = colon < 0 ? n : colon;
        int length = colon - p;
        if (length >= 1 && length <= BulletGrammar.MaxLabelLength && !IsSpace(s[p]) && colon < n && BulletGrammar.IsLabelColon(s, colon))
        {
            label = LinePart.In(s, p, length);
            p = SkipSpaces(s, colon + 1);
        }

        return Success(new BulletLine(MarkerPart(marker, at), label, Rest(s, p)), input);
    }

    private IResult<LineSyntax> Question(IInput input) => Exchange(input, _questionWords, question: true);

    private IResult<LineSyntax> Answer(IInput input) => Exchange(input, _answerWords, question: false);

    // BulletGrammar.QuestionOf / AnswerOf: an optional bullet, the marker word, a number, a colon or a full stop, the text.
    private IResult<LineSyntax> Exchange(IInput input, string[] words, bool question)
    {
        string s = input.Source;
        int n = s.Length;
        int p = input.Position;
        LinePart? marker = null;
        int at = SkipSpaces(s, p);
        string? bullet = MatchMarker(s, at, out int next);
        if (bullet is not null)
        {
            marker = MarkerPart(bullet, at);
            p = next;
        }

        p = SkipSpaces(s, p);
        int start = p;
        string? word = MatchWord(s, p, words);
        if (word is null)
        {
            return Fail(input);
        }

        p += word.Length;
        while (p < n && char.IsDigit(s[p]))
        {
            p++;
        }

        if (p < n && (s[p] == ':' || s[p] == '：' || (s[p] == '.' && (p + 1 == n || IsSpace(s[p + 1])))))
        {
            p++;
        }
        else
        {
            return Fail(input);
        }

        // The tag as written is the word, the number and the stop, which are exactly these characters.
        var tag = LinePart.In(s, start, p - start);
        var text = Rest(s, SkipSpaces(s, p));
        return Success<LineSyntax>(question ? new QuestionLine(marker, text, tag) : new AnswerLine(marker, text, tag), input);
    }

    // TalkHeaderGrammar.TalkHeaderOf: the title up to the last " / ", then speakers between separators, then white space.
    private IResult<TalkHeaderLine> TalkHeader(IInput input)
    {
        string s = input.Source;
        int n = s.Length;
        int p0 = input.Position;
        int at = s.LastIndexOf(" / ", StringComparison.Ordinal);
        if (at < p0)
        {
            return Fail<TalkHeaderLine>(input);
        }

        var title = Trimmed(s, p0, at);
        int p = SkipSpaces(s, at + 3);
        var speakers = ImmutableArray<SpeakerPart>.Empty;
        var first = Speaker(s, p, out int afterFirst);
        if (first is not null)
        {
            p = afterFirst;
            ImmutableArray<SpeakerPart>.Builder? more = null;
            while (true)
            {
                int q = SpeakerSeparator(s, p);
                var speaker = q < 0 ? null : Speaker(s, q, out q);
                if (speaker is null)
                {
                    break;
                }

                more ??= ImmutableArray.CreateBuilder<SpeakerPart>();
                if (more.Count == 0)
                {
                    more.Add(first);
                }

                more.Add(speaker);
                p = q;
            }

            speakers = more is null ? ImmutableArray.Create(first) : more.ToImmutable();
        }

        if (SkipSpaces(s, p) != n)
        {
            return Fail<TalkHeaderLine>(input);
        }

        return Success(new TalkHeaderLine(title, speakers), input);
    }

    // TalkHeaderGrammar.SpeakerOf: a name up to its affiliation or a separator, then an optional affiliation.
    private SpeakerPart? Speaker(string s, int p, out int end)
    {
        int n = s.Length;
        int q = p;
        while (q < n && !TalkHeaderGrammar.EndsSpeakerName(s, q, _separators))
        {
            q++;
        }

        end = p;
        if (q == p)
        {
            return null;
        }

        int nameStart = p;
        while (nameStart < q && IsSpace(s[nameStart]))
        {
            nameStart++;
        }

        int nameEnd = q;
        while (nameEnd > nameStart && IsSpace(s[nameEnd - 1]))
        {
            nameEnd--;
        }

        int length = nameEnd - nameStart;
        if (length == 0 || length > TalkHeaderGrammar.MaxSpeakerNameLength || s.IndexOf('。', nameStart, length) >= 0)
        {
            return null;
        }

        var name = LinePart.In(s, nameStart, length);
        LinePart? affiliation = null;
        end = q;
        int open = SkipSpaces(s, q);
        if (open < n && (s[open] == '(' || s[open] == '（'))
        {
            int close = open + 1;
            while (close < n && s[close] != ')' && s[close] != '）')
            {
                close++;
            }

            if (close < n)
            {
                affiliation = Trimmed(s, open + 1, close);
                end = close + 1;
            }
        }

        return new SpeakerPart(name, affiliation);
    }

    // TalkHeaderGrammar.SpeakerSeparatorOf: the index after the separator and its white space, or -1.
    private int SpeakerSeparator(string s, int p)
    {
        int rest = SkipSpaces(s, p);
        foreach (string separator in _separators)
        {
            if (StartsWith(s, rest, separator))
            {
                int after = rest + separator.Length;
                if (!char.IsLetter(separator[0]) || (rest > p && after < s.Length && IsSpace(s[after])))
                {
                    return SkipSpaces(s, after);
                }
            }
        }

        return -1;
    }

    // BreakGrammar.BreakHeading: a short line that names a pause.
    private IResult<LineSyntax> Break(IInput input)
    {
        string s = input.Source;
        int start = SkipSpaces(s, input.Position);
        int end = TrimmedEnd(s, start);
        if (end - start == 0 || end - start > BreakGrammar.MaxBreakHeadingLength)
        {
            return Fail(input);
        }

        string name = s.Substring(start, end - start);
        return BreakGrammar.IsBreakName(name, _breakWords) ? Success(new BreakLine(new LinePart(name, start)), input) : Fail(input);
    }

    // BulletGrammar.EventHeaderOf can only read a line whose marker is followed by four digits and a date separator.
    private bool CanBeEventHeader(string line, int first)
    {
        if (MatchMarker(line, first, out int next) is null)
        {
            return false;
        }

        int p = SkipSpaces(line, next);
        return Digits(line, ref p, 4, out _) && p < line.Length && (line[p] == '-' || line[p] == '/');
    }

    // Whether a question or answer word can stand at the start of a line, after an optional bullet marker.
    private bool ExchangeWordAt(string line, int first, string[] words)
    {
        int p = MatchMarker(line, first, out int next) is null ? first : SkipSpaces(line, next);
        return MatchWord(line, p, words) is not null;
    }

    // A marker at a shallow indentation is one of a few values, and every bullet of a large log keeps its marker part:
    // share one immutable part per marker and indentation instead of one per line (records compare by value).
    private LinePart MarkerPart(string marker, int at)
    {
        if (at >= SharedIndents)
        {
            return new LinePart(marker, at);
        }

        int m = Array.IndexOf(_markers, marker);
        var parts = _markerParts[m] ??= new LinePart[SharedIndents];
        return parts[at] ??= new LinePart(marker, at);
    }

    private string? MatchMarker(string line, int at, out int next) => BulletGrammar.MatchMarker(_markers, line, at, out next);

    private static string? MatchWord(string line, int at, string[] words)
    {
        foreach (string word in words)
        {
            if (StartsWith(line, at, word))
            {
                return word;
            }
        }

        return null;
    }

    // string.CompareOrdinal(line, at, text, 0, text.Length) == 0, without its argument checks on every marker of every line.
    private static bool StartsWith(string line, int at, string text)
    {
        if (at + text.Length > line.Length || line[at] != text[0])
        {
            return false;
        }

        for (int i = 1; i < text.Length; i++)
        {
            if (line[at + i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    // Exactly count ASCII digits, as TextRuns.Number reads them.
    private static bool Digits(string s, ref int p, int count, out int value)
    {
        value = 0;
        if (p + count > s.Length)
        {
            return false;
        }

        for (int i = p; i < p + count; i++)
        {
            char c = s[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        p += count;
        return true;
    }

    // The rest of the line from p without its trailing white space, as RestOfLine then LinePart.TrimEnd give it.
    private static LinePart Rest(string s, int p) => LinePart.In(s, p, TrimmedEnd(s, p) - p);

    // The text between start and end trimmed at both ends, as LinePart.Trim gives it.
    private static LinePart Trimmed(string s, int start, int end)
    {
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return LinePart.In(s, start, end - start);
    }

    private static int TrimmedEnd(string s, int start)
    {
        int end = s.Length;
        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static string StartsOf(string[] strings) => new(strings.Select(m => m[0]).Distinct().ToArray());

    // Every kind here reads to the end of the line.
    private static IResult<T> Success<T>(T value, IInput input) =>
        Result.Success(value, LineInput.Skip(input, input.Source.Length - input.Position));

    private static IResult<LineSyntax> Fail(IInput input) => Fail<LineSyntax>(input);

    private static IResult<T> Fail<T>(IInput input) => Result.Failure<T>(input, "not this kind of line", Expected);
}
