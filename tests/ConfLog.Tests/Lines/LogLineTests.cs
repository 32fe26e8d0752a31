using ConfLog.Lines;
using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Lines;

// A line and what the grammar read in it: a value, equal to another when its source and its syntax are.
public sealed class LogLineTests
{
    private static readonly SourceLine Source = new(3, 40, "- Q: 日本語ポストは?", "\n");

    private static readonly LineSyntax Question = ConferenceLog.Parse("- Q: 日本語ポストは?").Lines[0].Syntax;

    [Fact]
    public void Keeps_the_source_it_was_made_with_and_its_place()
    {
        var line = new LogLine(Source, Question);

        line.Source.Should().BeSameAs(Source);
        line.Syntax.Should().BeSameAs(Question);
        line.SpanOf(((QuestionLine)Question).Text).Should().Be(new SourceSpan(45, 8, 3, 6));
    }

    [Theory]
    [InlineData(4, 40, "- Q: 日本語ポストは?", "\n")]
    [InlineData(3, 41, "- Q: 日本語ポストは?", "\n")]
    [InlineData(3, 40, "- Q: 日本語ポストは？", "\n")]
    [InlineData(3, 40, "- Q: 日本語ポストは?", "\r\n")]
    public void A_line_from_another_source_is_another(int number, int offset, string text, string ending)
    {
        new LogLine(Source, Question).Should().NotBe(new LogLine(new SourceLine(number, offset, text, ending), Question));
    }

    [Fact]
    public void A_line_read_otherwise_is_another()
    {
        var prose = new ProseLine(new LinePart("- Q: 日本語ポストは?", 0));

        new LogLine(Source, Question).Should().NotBe(new LogLine(Source, prose));
        new LogLine(Source, Question).Should().Be(new LogLine(Source with { }, ConferenceLog.Parse("- Q: 日本語ポストは?").Lines[0].Syntax));
    }

    [Fact]
    public void Given_another_source_it_stands_where_that_one_does()
    {
        var moved = new LogLine(Source, Question) with { Source = new SourceLine(7, 100, "- Q: 日本語ポストは?", "\r\n") };

        moved.Should().Be(new LogLine(new SourceLine(7, 100, "- Q: 日本語ポストは?", "\r\n"), Question));
        moved.SpanOf(((QuestionLine)Question).Text).Should().Be(new SourceSpan(105, 8, 7, 6));
        moved.Source.Ending.Should().Be("\r\n");
    }

    [Fact]
    public void Deconstructs_into_its_source_and_syntax()
    {
        var (source, syntax) = new LogLine(Source, Question);

        source.Should().BeSameAs(Source);
        syntax.Should().BeSameAs(Question);
    }
}
