using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// The one-pass readers of the line kinds say no (null) to a line that is not theirs, whatever the dispatch in front
// of them would have let through: each is a rule of its own, and a reader that read any line as its kind would
// only be right as long as the table in front of it stays as it is.
public sealed class LineReaderRefusalTests
{
    private static readonly BulletMarkers DefaultMarkers = new(BulletGrammar.DefaultBulletMarkers);

    [Theory]
    [InlineData("- x")]
    [InlineData("x")]
    [InlineData("  -")]
    [InlineData("- A: x")]
    [InlineData("")]
    public void The_question_reader_refuses_a_line_with_no_question_word(string line)
    {
        var reader = BulletGrammar.ExchangeReaderOf(DefaultMarkers, BulletGrammar.LongestFirst(BulletGrammar.DefaultQuestionMarkers), question: true);

        reader(line, 0).Should().BeNull();
    }

    [Fact]
    public void The_question_reader_reads_a_line_with_its_word()
    {
        var reader = BulletGrammar.ExchangeReaderOf(DefaultMarkers, BulletGrammar.LongestFirst(BulletGrammar.DefaultQuestionMarkers), question: true);

        reader("- Q: x", 0).Should().Be(new QuestionLine(new LinePart("-", 0), new LinePart("x", 5), new LinePart("Q:", 2)));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("  x ")]
    [InlineData("-")]
    public void The_blank_reader_refuses_a_line_with_anything_but_white_space(string line)
    {
        ConfLogGrammar.BlankReader(line, 0).Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\u3000")]
    public void The_blank_reader_reads_white_space(string line)
    {
        ConfLogGrammar.BlankReader(line, 0).Should().Be(new BlankLine());
    }

    [Theory]
    [InlineData("x")]
    [InlineData("- x")]
    [InlineData("。")]
    public void A_line_that_starts_with_anything_but_white_space_is_told_a_blank_line_was_expected(string line)
    {
        var failure = Parsing.Reject(ConfLogGrammar.Blank, line);

        failure.Expectations.Should().Equal("blank line");
        failure.Remainder.Position.Should().Be(0);
    }
}
