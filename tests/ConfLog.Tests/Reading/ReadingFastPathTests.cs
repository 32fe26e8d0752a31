using ConfLog.Outline;
using ConfLog.Reading;
using CsCheck;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Reading;

// The reading layer runs one-pass readers beside its Sprache parsers, because every line of a file goes through them; the
// parsers stay the definition. These properties hold each pair together on generated lines built from the marks, digits,
// spaces and words the parsers care about: if a fast reader drifts from its parser, a line shows it.
public sealed class ReadingFastPathTests
{
    private static readonly Gen<string> Fragment = Gen.OneOf(
        "", " ", "  ", "\t", "\u3000", "\n", "\r\n", "\r", "*", "**", "-", "--", "+", "•", "・", "#", "1", "12", "123", "1234", "１", ".", ")", ":", "：",
        "Q", "QQ", "q", "Question", "C#", " ##", "\t", "x ##", "QUESTION", "questions", "Qu", "A", "a", "Answer", "answer", "Ans", "質問", "回答", "答え", "質", "(", "(Ann)", "(Ann",
        " (x)", "Sam Lee", "what?", "品川", "x", "🎉", "\0");

    private static readonly Gen<string> Lines = Gen.Frequency(
        (3, Gen.Select(Gen.OneOf("", "*", "-", "+", "•", "・", "#", "1", "12", "1234", "Q", "Question", "A", "Answer", "質問", "回答"), Fragment.Array[0, 6])
            .Select((head, rest) => head + string.Concat(rest))),
        (1, Fragment.Array[0, 8].Select(string.Concat)));

    [Fact]
    public void The_one_pass_item_reader_reads_every_line_as_the_list_item_parser_does()
    {
        Lines.Sample(
            line => BulletSyntax.ReadItem(line) == Reference(BulletSyntax.Item, line),
            iter: 20000,
            print: line => $"\"{line}\": fast {BulletSyntax.ReadItem(line) ?? "null"}, parser {Reference(BulletSyntax.Item, line) ?? "null"}");
    }

    [Fact]
    public void The_one_pass_question_reader_reads_every_line_as_the_question_marker_parser_does()
    {
        Lines.Sample(
            line => QaMarkers.ReadQuestion(line) == Reference(QaMarkers.Question, line),
            iter: 20000,
            print: line => $"\"{line}\": fast {QaMarkers.ReadQuestion(line) ?? "null"}, parser {Reference(QaMarkers.Question, line) ?? "null"}");
    }

    [Fact]
    public void The_one_pass_answer_reader_reads_every_line_as_the_answer_marker_parser_does()
    {
        Lines.Sample(
            line => QaMarkers.ReadAnswer(line) == Reference(QaMarkers.Answer, line),
            iter: 20000,
            print: line => $"\"{line}\": fast {QaMarkers.ReadAnswer(line) ?? "null"}, parser {Reference(QaMarkers.Answer, line) ?? "null"}");
    }

    [Fact]
    public void The_one_pass_heading_reader_reads_every_line_as_the_ATX_heading_parser_does()
    {
        var headings = Gen.Frequency(
            (3, Gen.Select(Gen.OneOf("", " ", "   ", "    "), Gen.Int[0, 8], Fragment.Array[0, 5])
                .Select((indent, n, rest) => indent + new string('#', n) + string.Concat(rest))),
            (1, Lines));
        headings.Sample(
            line =>
            {
                bool isFast = AtxHeadingSyntax.TryRead(line, out var fast);
                var parsed = AtxHeadingSyntax.Heading.TryParse(line);
                return isFast == parsed.WasSuccessful && (!isFast || fast == parsed.Value);
            },
            iter: 20000,
            print: line => $"\"{line}\": fast {(AtxHeadingSyntax.TryRead(line, out var h) ? h.ToString() : "none")}");
    }

    [Fact]
    public void The_one_pass_time_reader_reads_every_text_as_the_time_range_parser_does()
    {
        var piece = Gen.OneOf(
            "9", "09", "13", "23", "24", "123", ":", "：", "00", "15", "45", "59", "60", "5", " ", "  ", "\t", "am", "AM", "pm", "PM", "a.m.", "p.m.", "a", "p",
            "-", "–", "—", "~", "〜", "～", "\\-", "to", "TO", "To", "t", ")", "]", "x", "１", "١");
        var times = Gen.Frequency((4, piece.Array[0, 9].Select(string.Concat)), (1, Lines));
        times.Sample(
            text =>
            {
                bool isFast = TimeForms.ReadRange(text, 0, out var fast, out int stop);
                var parsed = TimeForms.Range.TryParse(text);
                return isFast == parsed.WasSuccessful && (!isFast || (fast == parsed.Value && stop == parsed.Remainder.Position));
            },
            iter: 20000,
            print: text => $"\"{text}\"");
    }

    [Fact]
    public void The_one_pass_adornment_reader_reads_every_line_as_the_adornment_parser_does()
    {
        var adornments = Gen.Frequency(
            (2, Gen.Select(Gen.OneOf("=", "-", "~", "^", "*", "#", "'", "a", " "), Gen.Int[0, 6], Fragment.Array[0, 3])
                .Select((c, n, rest) => new string(c[0], n) + string.Concat(rest))),
            (1, Lines));
        adornments.Sample(
            line =>
            {
                bool isFast = AdornmentSyntax.TryRead(line, out var fast);
                var parsed = AdornmentSyntax.Adornment.TryParse(line);
                return isFast == parsed.WasSuccessful && (!isFast || fast == parsed.Value);
            },
            iter: 20000,
            print: line => $"\"{line}\": fast {(AdornmentSyntax.TryRead(line, out var a) ? a.ToString() : "none")}");
    }

    [Fact]
    public void Lowering_without_a_copy_gives_what_lowering_with_the_invariant_culture_gives()
    {
        var words = Gen.OneOf("Keynote", "LT", "質疑応答", "ｑ＆ａ", "Ｑ＆Ａ", "ＫＥＹＮＯＴＥ", "Ⅳ", "Ⓐ", "İstanbul", "Kelvin \u212A", "Σοφία", "はじめに",
            "ﾗﾝﾁ", "ＬＴ", "", " ", "x", "Université", "株式会社", "BitVisor", "→", "ABC", "Ａ");
        Gen.OneOf(words.Array[0, 4].Select(string.Concat), Gen.String).Sample(
            text => string.Equals(LowerCase.Of(text), text.ToLowerInvariant(), System.StringComparison.Ordinal),
            iter: 20000,
            print: text => $"\"{text}\": {LowerCase.Of(text)} vs {text.ToLowerInvariant()}");
    }

    [Fact]
    public void No_character_taken_for_caseless_has_a_lower_case()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string one = ((char)c).ToString();
            if (LowerCase.IsCaseless((char)c) && !char.IsSurrogate((char)c))
            {
                Assert.Equal(one, one.ToLowerInvariant());
            }
        }
    }

    [Fact]
    public void An_organisation_is_told_word_by_word_as_lowering_and_splitting_the_text_tells_it()
    {
        var words = Gen.OneOf("University", "UNIVERSITY", "Universität", "Inc.", "inc", "Lab", "Labs,", "Acme", "大学", "東京大学", "研究所", "Sam", ",", " ",
            "", "Kelvin\u212A", "LİBRARY");
        words.Array[0, 5].Select(w => string.Join(" ", w)).Sample(
            text => HeaderForms.IsOrganisation(text) == IsOrganisationByCopies(text),
            iter: 20000);
    }

    private static readonly char[] WordBreaks = { ' ', ',' };

    // The definition the in-place reading is held to.
    private static bool IsOrganisationByCopies(string text)
    {
        string[] organisationWords =
        {
            "university", "universität", "université", "universidad", "college", "institute", "institut", "library", "libraries", "lab", "labs",
            "laboratory", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "llc", "gmbh", "foundation", "museum", "center", "centre", "school",
            "society", "council", "company", "group", "agency", "department", "archives", "大学", "研究所", "株式会社",
        };
        foreach (string word in text.ToLowerInvariant().Split(WordBreaks, System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (System.Array.IndexOf(organisationWords, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    [Theory]
    [InlineData("- Dana Whitfield", "Dana Whitfield")]
    [InlineData("12) Opening", "Opening")]
    [InlineData("#. Next", "Next")]
    [InlineData("-", "")]
    [InlineData("・並行性", "並行性")]
    [InlineData("**Not an item**", null)]
    [InlineData("1234. Too many digits", null)]
    public void An_item_reads_the_same_by_both_readers(string line, string? text)
    {
        Assert.Equal(text, BulletSyntax.ReadItem(line));
        Assert.Equal(text, Reference(BulletSyntax.Item, line));
    }

    private static string? Reference(Parser<string> parser, string line) =>
        parser.TryParse(line) is { WasSuccessful: true } r ? r.Value : null;
}
