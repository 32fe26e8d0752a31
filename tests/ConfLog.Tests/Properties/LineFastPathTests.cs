using System;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Lines;
using CsCheck;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Properties;

// ConfLogGrammar.LineFor runs hand-written parsers behind a first-character dispatch; the chain of LINQ-query parsers
// (ConfLogGrammar.ReferenceLineFor) is the grammar as documented. These properties hold the two together: every
// generated line must be read the same by both, member by member, or the fast path has drifted.
public sealed class LineFastPathTests
{
    private static readonly Gen<string> Fragment = Gen.OneOf(
        "- ", "-", "* ", "*", "+ ", "• ", "・", "・・", "---", "**", "  ", "\t", "\u3000", " ", "",
        "Q", "Q:", "Q：", "Q.", "Q. ", "Q1:", "A", "A:", "A1:", "A２:", "A12：", "A.", "質問:", "質問", "回答:", "回答 ", "Quick",
        "[", "]", "2012-12-04", "2012/12/04", "2012-12/04", "2013-02-29", "2012-13-45", "0000-01-01", "10:40", "10:40:15", "10:40:61", "9:30",
        "25:00", "10:4", "〜", "～", "~", "–", "17:50",
        " / ", "/", " /", "/ ", "(", ")", "（", "）", "(筑波大学)", "（イーゲル）", ", ", "，", "、", " & ", "&", " and ", "and", "Sam Lee",
        "品川高廣", "島田恭平", "。", "資料", ":", "：", "http://x.org/a", "https://youtu.be/IihKKgcXnic.", "://", "12:", "#", "## ", "###### ", "#######",
        "昼休憩", "休憩", "Lunch", "lunch", "Coffee", "break", "Break (15分)", "昼食", "!", "?", ".", "ラベルがとても長いラベルがとても長いラベルがとても長いラベル",
        "TODO:", "TODO", "→", "Frage:", "und", "a", "BitVisor", "e\u0301", "🎉", "\uD800", "\0", "１２");

    private static readonly Gen<string> Structured = Gen.OneOf(
        Gen.Select(Gen.OneOf("", "  ", "\t", "    "), Gen.OneOf("- ", "* ", "・", "+ ", ""), Gen.OneOf("Q: ", "A: ", "A1: ", "質問: ", "回答：", "Q. ", "Q.", ""), Fragment.Array[0, 5])
            .Select((i, m, q, w) => i + m + q + string.Concat(w)),
        Gen.Select(Gen.Int[0, 10000], Gen.Int[0, 14], Gen.Int[0, 33], Gen.Int[0, 25], Gen.Int[0, 61], Gen.Int[-1, 61], Gen.OneOf("-", "/"), Gen.OneOf("", " ", "  x", "]"))
            .Select((y, mo, d, h, mi, s, sep, tail) => $" [{y:0000}{sep}{mo:00}{sep}{d:00} {h:00}:{mi:00}{(s < 0 ? string.Empty : $":{s:00}")}]{tail}"),
        Gen.Select(Fragment.Array[0, 4], Gen.OneOf(" / ", " /  ", " / / "), Fragment.Array[0, 6])
            .Select((t, sep, s) => string.Concat(t) + sep + string.Concat(s)),
        Gen.Select(Gen.OneOf("- ", "* ", "・"), Gen.OneOf("2012-12-04", "2012/12/04", "2012-02-30", "1234-"), Fragment.Array[0, 6])
            .Select((m, d, rest) => m + d + " " + string.Concat(rest)),
        Gen.Select(Gen.OneOf("#", "## ", "  ### ", "    # ", "\t# "), Fragment.Array[0, 6]).Select((h, w) => h + string.Concat(w)),
        Fragment.Array[0, 8].Select(string.Concat));

    private static readonly Gen<string> Lines = Gen.Frequency(
        (6, Structured),
        (2, LogGen.NotesLike.Select(text => text.Split('\n', '\r')).Select(lines => lines.Length == 0 ? string.Empty : lines[0])),
        (1, LogGen.AnyText.Select(text => text.Replace("\n", string.Empty).Replace("\r", string.Empty))));

    private static readonly LineRecognizer Todo = new(
        "todo",
        from marker in Parse.String("TODO:")
        from gap in TextRuns.Spaces
        from text in TextRuns.RestOfLine
        select text);

    private static readonly ConfLogOptions Custom = ConfLogOptions.Default with
    {
        BulletMarkers = ImmutableArray.Create("→", "-", "--", "[ ]"),
        QuestionMarkers = ImmutableArray.Create("Frage", "Q"),
        AnswerMarkers = ImmutableArray.Create("A", "Antwort"),
        SpeakerSeparators = ImmutableArray.Create("und", "/", ","),
        BreakKeywords = ImmutableArray.Create("Pause", "Lunch"),
        Recognizers = ImmutableArray.Create(Todo),
        MarkdownHeadings = false,
    };

    public static TheoryData<string> Dialects => new() { "Default", "SeedStyle", "MarkdownNotes", "Custom" };

    [Theory]
    [MemberData(nameof(Dialects))]
    public void The_fast_line_parser_reads_every_line_as_the_LINQ_grammar_does(string dialect)
    {
        var options = dialect switch
        {
            "SeedStyle" => ConfLogOptions.SeedStyle,
            "MarkdownNotes" => ConfLogOptions.MarkdownNotes,
            "Custom" => Custom,
            _ => ConfLogOptions.Default,
        };
        var fast = ConfLogGrammar.LineFor(options);
        var reference = ConfLogGrammar.ReferenceLineFor(options);

        Lines.Sample(
            line =>
            {
                var a = fast(new LineInput(line));
                var b = reference(new LineInput(line));
                return a.WasSuccessful == b.WasSuccessful
                    && a.Remainder.Position == b.Remainder.Position
                    && (!a.WasSuccessful || Same(a.Value, b.Value));
            },
            iter: 20000,
            print: line => $"\"{line}\": fast {Show(fast, line)}, LINQ {Show(reference, line)}");
    }

    [Fact]
    public void The_default_line_parser_is_the_fast_one_and_agrees_on_the_seed()
    {
        var reference = ConfLogGrammar.ReferenceLineFor(ConfLogOptions.Default);
        foreach (string line in Seed.Text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var a = ConfLogGrammar.Line(new LineInput(line));
            var b = reference(new LineInput(line));
            Assert.True(Same(a.Value, b.Value), $"\"{line}\": fast {a.Value}, LINQ {b.Value}");
        }
    }

    [Fact]
    public void FindUrls_finds_what_the_Url_parser_finds()
    {
        var withLinks = Gen.Select(Fragment.Array[0, 6], Gen.OneOf("http://", "https://", "http:/", "https//", "xhttp://", "http://.", "http://a.b/c?d=1&e=2.", "https://x.org/)", "http://例え.jp"), Fragment.Array[0, 6])
            .Select((a, url, b) => string.Concat(a) + url + string.Concat(b));
        Gen.Frequency((3, withLinks), (1, Lines)).Sample(
            line => LinkGrammar.FindUrls(line).SequenceEqual(LinkGrammar.ReferenceFindUrls(line)),
            iter: 20000,
            print: line => $"\"{line}\": fast [{string.Join(", ", LinkGrammar.FindUrls(line))}], LINQ [{string.Join(", ", LinkGrammar.ReferenceFindUrls(line))}]");
    }

    private static string Show(Parser<LineSyntax> parser, string line)
    {
        var result = parser(new LineInput(line));
        return result.WasSuccessful ? $"{Describe(result.Value)} to {result.Remainder.Position}" : "failure: " + result.Message;
    }

    private static string Describe(LineSyntax syntax) => syntax switch
    {
        TalkHeaderLine talk => $"TalkHeaderLine {{ Title = {talk.Title}, Speakers = [{string.Join(", ", talk.Speakers)}] }}",
        HeadingLine { Talk: { } talk } heading => $"HeadingLine {{ Level = {heading.Level}, Text = {heading.Text}, Talk = {Describe(talk)} }}",
        _ => syntax.ToString(),
    };

    // Records compare by value, except that an ImmutableArray compares by reference: speakers are compared one by one.
    private static bool Same(LineSyntax? a, LineSyntax? b) => (a, b) switch
    {
        (null, null) => true,
        (TalkHeaderLine x, TalkHeaderLine y) => Equals(x.Title, y.Title) && x.Speakers.SequenceEqual(y.Speakers),
        (HeadingLine x, HeadingLine y) => x.Level == y.Level && Equals(x.Text, y.Text) && Same(x.Talk, y.Talk),
        _ => Equals(a, b),
    };
}
