using FluentAssertions;
using ConfLog.Lines;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// The headings a log's lines are read with: ConfLogGrammar.Line dispatches a line that opens with '#' to the one-pass
// heading reader, which must read what HeadingGrammar.Heading (the query, HeadingTests) reads, and refuse what it refuses.
public sealed class HeadingReaderTests
{
    [Theory]
    [MemberData(nameof(HeadingTests.Headings), MemberType = typeof(HeadingTests))]
    public void A_heading_line_is_read_with_its_level_and_its_text(string line, int level, string text, int index)
    {
        var heading = Parsing.Value(ConfLogGrammar.Line, line).Should().BeOfType<HeadingLine>().Subject;

        heading.Level.Should().Be(level);
        heading.Text.Should().Be(new LinePart(text, index));
    }

    [Theory]
    [MemberData(nameof(HeadingTests.Untitled), MemberType = typeof(HeadingTests))]
    public void Signs_alone_are_a_heading_with_no_text(string line, int level)
    {
        var heading = Parsing.Value(ConfLogGrammar.Line, line).Should().BeOfType<HeadingLine>().Subject;

        heading.Level.Should().Be(level);
        heading.Text.Length.Should().Be(0);
        heading.Talk.Should().BeNull();
    }

    [Theory]
    [InlineData("    # for loops")]
    [InlineData("####### for loops")]
    [InlineData("#for loops")]
    [InlineData("  ##hashtag")]
    public void Four_spaces_seven_signs_or_signs_glued_to_the_text_make_prose(string line)
    {
        Parsing.Value(ConfLogGrammar.Line, line).Should().BeOfType<ProseLine>();
    }

    [Fact]
    public void A_heading_read_from_inside_a_line_counts_its_indentation_from_there()
    {
        // A caller's own markup before the heading ("> " of a quote): the three spaces allowed are after it.
        var result = ConfLogGrammar.Line(new LineInput(">    ## for loops", 2));

        var heading = result.Value.Should().BeOfType<HeadingLine>().Subject;
        heading.Level.Should().Be(2);
        heading.Text.Should().Be(new LinePart("for loops", 8));
    }

    [Fact]
    public void A_heading_in_the_talk_header_form_holds_the_talk()
    {
        var heading = ConfLogGrammar.Line(new LineInput("## TwitVisor / 島田恭平(筑波大学) ##")).Value.Should().BeOfType<HeadingLine>().Subject;

        heading.Talk!.Title.Should().Be(new LinePart("TwitVisor", 3));
        heading.Talk.Speakers.Should().ContainSingle().Which.Affiliation.Should().Be(new LinePart("筑波大学", 20));
    }
}
