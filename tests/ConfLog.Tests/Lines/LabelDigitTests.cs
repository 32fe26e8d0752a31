using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// A colon between two digits is a clock time, not a label's colon; a digit on one side only does not make one.
public sealed class LabelDigitTests
{
    public static TheoryData<string> Parsers => new() { "fast", "reference", "bullet" };

    private static LineSyntax Read(string parser, string line) => parser switch
    {
        "fast" => ConfLogGrammar.Line(new LineInput(line)).Value,
        "reference" => ConfLogGrammar.ReferenceLineOf(ConfLogOptions.Default)(new LineInput(line)).Value,
        _ => Parsing.Value(BulletGrammar.Bullet, line),
    };

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_digit_after_the_colon_only_leaves_the_label(string parser)
    {
        Read(parser, "- Note:3 items").Should().Be(new BulletLine(new LinePart("-", 0), new LinePart("Note", 2), new LinePart("3 items", 7)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_digit_before_the_colon_only_leaves_the_label(string parser)
    {
        Read(parser, "- Top10: list").Should().Be(new BulletLine(new LinePart("-", 0), new LinePart("Top10", 2), new LinePart("list", 9)));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_digit_on_both_sides_is_a_clock_time_and_no_label(string parser)
    {
        Read(parser, "- Top10:30 list").Should().Be(new BulletLine(new LinePart("-", 0), null, new LinePart("Top10:30 list", 2)));
    }

    [Theory]
    [InlineData("Note:3 items", "Note")]
    [InlineData("Top10: list", "Top10")]
    public void The_label_parser_reads_a_label_with_a_digit_on_one_side(string text, string label)
    {
        Parsing.Value(BulletGrammar.Label, text).Should().Be(new LinePart(label, 0));
    }

    [Fact]
    public void The_label_parser_rejects_a_clock_time_at_its_colon()
    {
        var failure = Parsing.Reject(BulletGrammar.Label, "Top10:30 list");

        failure.Message.Should().Be("unexpected ':', expected colon");
        failure.Remainder.Position.Should().Be(5);
    }
}
