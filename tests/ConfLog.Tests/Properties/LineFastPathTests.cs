using System;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Lines;
using CsCheck;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Properties;

// ConfLogGrammar.LineOf runs the one-pass readers behind a first-character dispatch; the chain of LINQ-query parsers
// (ConfLogGrammar.ReferenceLineOf) is the grammar as documented. Both are built from one table (LineKinds). These
// properties hold the two together: every generated line must be read the same by both, member by member, and every
// entry of the table must read as its rule does and be tried on every line its rule reads, or the fast path has drifted.
// LineReader reads a log through the table's scan (LineKinds.Scanning), which must say what the dispatching parser says.
// The readers share nothing with the queries but the dialect's lists (OnePass, BulletMarkers), so a helper's mistake shows.
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
        "TODO:", "TODO", "→", "Frage:", "und", "Antwort", "Antwort:", "--", "[ ]", "Top10:", "Note:3", "Pause", "a", "BitVisor", "e\u0301", "🎉", "\uD800", "\0", "１２");

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

    // Lines where a reader and its query could part: a longer marker or word that is not one here and a shorter one
    // that is, a colon with a digit on one side, separators with no space or two, seconds out of range, CJK markers.
    public static TheoryData<string> Edges => new()
    {
        "- Antwort: ja", "- A: ja", "Antwort. ja", "- Frage1: x", "-- x", "--x", "-- ", "→x", "→ x", "[ ] Milch", "[ ]x", "[ ]",
        "- Note:3 items", "- Top10: list", "- 10:30 開始", "- 1:x", "- a:1", "- http://x", "- ftp://x", "- x://", "- :x", "- 資料：3件",
        "T / Ann  and Bob", "T / Ann and", "T / Ann ,Bob", "T / Ann,Bob", "T / Ann und Bob", "T / Ann / Bob", "T / Ann(", "T / Ann (A) , Bob",
        "T / andy and Bob", "T / Ann&Bob", "T /  ", "T / 。", "[2012-12-04 10:40:61]", "[2012-12-04 10:40:]", "[2012-12-04 10:40:5]",
        "[2012-02-30 10:00]", "[0000-01-01 10:00]", "[2012-12-04\t10:40]", "・・ x", "・・", "・ ・", "- ", "-", "Q.x", "Q. x", "Q.", "A1:", "A１:",
        "- 2012-12-04", "- 2012/12/04 Tokyo 9:30~18:00", "# T / Ann", "####### x", "Lunch", "lunch break time", "Pause (15)", "TODO: x",
    };

    [Theory]
    [MemberData(nameof(Dialects))]
    public void The_fast_line_parser_reads_every_line_as_the_LINQ_grammar_does(string dialect)
    {
        var options = OptionsOf(dialect);
        var fast = ConfLogGrammar.LineOf(options);
        var reference = ConfLogGrammar.ReferenceLineOf(options);

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

    // LineReader reads a log's lines through LineKinds.Scanning, which skips Sprache's input and result per line: it
    // must say what the dispatching parser says of every line, or a parse would differ from the grammar it documents.
    [Theory]
    [MemberData(nameof(Dialects))]
    public void The_scanning_line_reader_reads_every_line_as_the_dispatching_parser_does(string dialect)
    {
        var options = OptionsOf(dialect);
        var scan = ConfLogGrammar.ScanOf(options);
        var parser = ConfLogGrammar.LineOf(options);

        Gen.Frequency((4, Lines), (1, Gen.Select(Gen.OneOf("", " ", "  ", "\t"), Lines).Select((indent, line) => indent + line))).Sample(
            line => Same(scan(line, 0), parser(new LineInput(line)).Value),
            iter: 20000,
            print: line => $"\"{line}\": scan {scan(line, 0)}, parser {Show(parser, line)}");
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Every_kind_in_the_table_reads_as_its_rule_and_is_tried_on_every_line_its_rule_reads(string dialect)
    {
        var kinds = LineKinds.Of(OptionsOf(dialect));

        Lines.Sample(
            line =>
            {
                int first = 0;
                while (first < line.Length && TextRuns.IsSpace(line[first]))
                {
                    first++;
                }

                foreach (var kind in kinds)
                {
                    var rule = kind.Rule(new LineInput(line));
                    var fast = kind.Fast(new LineInput(line));
                    bool tried = (kind.FirstCharacters is null || (first < line.Length && kind.FirstCharacters.Contains(line[first])))
                        && (kind.Condition is null || kind.Condition(line, first));
                    bool agree = rule.WasSuccessful == fast.WasSuccessful
                        && (!rule.WasSuccessful || (rule.Remainder.Position == fast.Remainder.Position && Same(rule.Value, fast.Value)));
                    if (!agree || (rule.WasSuccessful && !tried))
                    {
                        return false;
                    }
                }

                return true;
            },
            iter: 10000,
            print: line => $"\"{line}\": " + string.Join("; ", kinds.Select(k => $"{k.Name}: rule {Show(k.Rule, line)}, reader {Show(k.Fast, line)}")));
    }

    [Fact]
    public void The_table_lists_the_kinds_in_their_documented_order()
    {
        LineKinds.Of(Custom).Select(k => k.Name).Should().Equal(
            "blank", "todo", "timestamp", "event header", "question", "answer", "bullet", "talk header", "break heading", "prose");
        LineKinds.Of(ConfLogOptions.MarkdownNotes).Select(k => k.Name).Should().ContainInOrder("timestamp", "heading", "event header");
    }

    [Theory]
    [MemberData(nameof(Edges))]
    public void The_fast_line_parser_reads_the_edge_lines_as_the_LINQ_grammar_does(string line)
    {
        foreach (string dialect in new[] { "Default", "SeedStyle", "MarkdownNotes", "Custom" })
        {
            var options = OptionsOf(dialect);
            var fast = ConfLogGrammar.LineOf(options)(new LineInput(line));
            var reference = ConfLogGrammar.ReferenceLineOf(options)(new LineInput(line));

            Same(fast.Value, reference.Value).Should().BeTrue("{0} reads \"{1}\" as {2} and its LINQ grammar as {3}", dialect, line, fast.Value, reference.Value);
            fast.Remainder.Position.Should().Be(line.Length);
        }
    }

    [Fact]
    public void The_default_line_parser_is_the_fast_one_and_agrees_on_the_seed()
    {
        var reference = ConfLogGrammar.ReferenceLineOf(ConfLogOptions.Default);
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

    private static ConfLogOptions OptionsOf(string dialect) => dialect switch
    {
        "SeedStyle" => ConfLogOptions.SeedStyle,
        "MarkdownNotes" => ConfLogOptions.MarkdownNotes,
        "Custom" => Custom,
        _ => ConfLogOptions.Default,
    };

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
