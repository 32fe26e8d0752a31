using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// Where a label's colon may stand: at most MaxLabelLength characters after the bullet, and not before any
// label at all. The one-pass reader looks no further than that for the colon; it must agree with the rule.
public sealed class LabelLengthTests
{
    public static TheoryData<string> Parsers => new() { "line", "log", "reference", "bullet" };

    private static LineSyntax Read(string parser, string line) => parser switch
    {
        "line" => ConfLogGrammar.Line(new LineInput(line)).Value,
        "log" => ConferenceLog.Parse(line).Lines[0].Syntax,
        "reference" => ConfLogGrammar.ReferenceLineOf(ConfLogOptions.Default)(new LineInput(line)).Value,
        _ => Parsing.Value(BulletGrammar.Bullet, line),
    };

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_label_of_the_longest_length_is_a_label(string parser)
    {
        string label = new string('x', BulletGrammar.MaxLabelLength);
        int text = 2 + label.Length + 2;

        Read(parser, "- " + label + ": y").Should().Be(new BulletLine(new LinePart("-", 0), new LinePart(label, 2), new LinePart("y", text)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_label_one_shorter_than_the_longest_is_a_label(string parser)
    {
        string label = new string('ラ', BulletGrammar.MaxLabelLength - 1);

        Read(parser, "- " + label + "：y").Should().Be(new BulletLine(new LinePart("-", 0), new LinePart(label, 2), new LinePart("y", 3 + label.Length)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_run_one_longer_than_the_longest_label_is_text(string parser)
    {
        string sentence = new string('x', BulletGrammar.MaxLabelLength + 1) + ": y";

        Read(parser, "- " + sentence).Should().Be(new BulletLine(new LinePart("-", 0), null, new LinePart(sentence, 2)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_colon_right_after_the_marker_opens_no_label(string parser)
    {
        Read(parser, "- :x").Should().Be(new BulletLine(new LinePart("-", 0), null, new LinePart(":x", 2)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_label_with_a_digit_before_a_colon_that_ends_the_line_is_a_label(string parser)
    {
        Read(parser, "- Top10:").Should().Be(new BulletLine(new LinePart("-", 0), new LinePart("Top10", 2), new LinePart("", 8)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_colon_and_one_slash_that_end_the_line_are_no_url(string parser)
    {
        Read(parser, "- Root:/").Should().Be(new BulletLine(new LinePart("-", 0), new LinePart("Root", 2), new LinePart("/", 7)));
    }

    [Theory]
    [InlineData("Top10:", "Top10")]
    [InlineData("Root:/", "Root")]
    [InlineData("Path:/x", "Path")]
    public void The_label_parser_reads_a_label_whose_colon_is_near_the_end_of_the_line(string text, string label)
    {
        var result = Parsing.Accept(BulletGrammar.Label, text);

        result.Value.Should().Be(new LinePart(label, 0));
        result.Remainder.Position.Should().Be(label.Length);
    }

    [Theory]
    [InlineData(" 資料: x")]
    [InlineData("")]
    [InlineData(":x")]
    public void A_line_with_no_label_at_its_start_is_told_a_label_was_expected(string text)
    {
        var failure = Parsing.Reject(BulletGrammar.Label, text);

        failure.Expectations.Should().Equal("label");
        failure.Remainder.Position.Should().Be(0);
    }
}
