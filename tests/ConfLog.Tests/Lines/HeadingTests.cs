using System.Linq;
using FluentAssertions;
using ConfLog.Lines;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// Markdown headings, as CommonMark writes them: one to six signs, up to three spaces of indentation, white space
// between the signs and the text, and closing signs that stand apart from the text.
public sealed class HeadingTests
{
    /// <summary>Heading lines with their level, text and the text's index; the line reader's tests read them too.</summary>
    public static TheoryData<string, int, string, int> Headings { get; } = new()
    {
        { "# for loops", 1, "for loops", 2 },
        { "###### for loops", 6, "for loops", 7 },
        { " ## for loops", 2, "for loops", 4 },
        { "   ## for loops", 2, "for loops", 6 },
        { "##\tfor loops", 2, "for loops", 3 },
        { "##   for loops  ", 2, "for loops", 5 },
        { "## for loops ##", 2, "for loops", 3 },
        { "## for loops #####  ", 2, "for loops", 3 },
        { "## C#", 2, "C#", 3 },
        { "## C# #", 2, "C#", 3 },
    };

    /// <summary>Signs alone, with their level: headings with no text.</summary>
    public static TheoryData<string, int> Untitled { get; } = new() { { "#", 1 }, { "###", 3 }, { "## ", 2 }, { "## ##", 2 } };

    [Theory]
    [MemberData(nameof(Headings))]
    public void Reads_the_level_and_the_text_without_its_closing_signs(string line, int level, string text, int index)
    {
        var heading = Parsing.Value(HeadingGrammar.Heading, line);

        heading.Level.Should().Be(level);
        heading.Text.Should().Be(new LinePart(text, index));
        heading.Talk.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Untitled))]
    public void A_heading_may_have_no_text(string line, int level)
    {
        var heading = Parsing.Value(HeadingGrammar.Heading, line);

        heading.Level.Should().Be(level);
        heading.Text.Length.Should().Be(0);
        heading.Talk.Should().BeNull();
    }

    [Theory]
    [InlineData("    # for loops")]
    [InlineData("####### for loops")]
    [InlineData("for loops")]
    [InlineData("")]
    public void Is_not_a_heading_with_four_spaces_of_indentation_or_seven_signs(string line)
    {
        var result = Parsing.Reject(HeadingGrammar.Heading, line);

        result.Expectations.Should().Equal("heading");
        result.Remainder.Position.Should().Be(0);
    }

    [Theory]
    [InlineData("  for loops", 2)]
    [InlineData("   ", 3)]
    public void An_indented_line_without_signs_is_told_a_heading_marker_was_expected(string line, int position)
    {
        var result = Parsing.Reject(HeadingGrammar.Heading, line);

        result.Expectations.Should().Equal("heading marker");
        result.Remainder.Position.Should().Be(position);
    }

    [Theory]
    [InlineData("#for loops", 1)]
    [InlineData("  ##hashtag", 4)]
    public void Signs_glued_to_the_text_are_not_a_heading_for_want_of_a_space(string line, int position)
    {
        var result = Parsing.Reject(HeadingGrammar.Heading, line);

        result.Expectations.Should().Equal("space");
        result.Remainder.Position.Should().Be(position);
    }

    [Theory]
    [InlineData("   # x", 1)]
    [InlineData("    # x", null)]
    public void Three_spaces_of_indentation_are_the_most_a_heading_has(string line, int? level)
    {
        var result = HeadingGrammar.Heading(new LineInput(line));

        result.WasSuccessful.Should().Be(level is not null);
        if (level is not null)
        {
            result.Value.Level.Should().Be(level.Value);
        }
    }

    [Fact]
    public void A_heading_in_the_talk_header_form_holds_the_talk()
    {
        const string line = "## TwitVisor / 島田恭平(筑波大学)";

        var heading = Parsing.Value(HeadingGrammar.Heading, line);

        heading.Text.Should().Be(new LinePart("TwitVisor / 島田恭平(筑波大学)", 3));
        heading.Talk!.Title.Should().Be(new LinePart("TwitVisor", 3));
        heading.Talk.Speakers.Should().ContainSingle().Which.Should().Be(
            new SpeakerPart(new LinePart("島田恭平", 15), new LinePart("筑波大学", 20)));
    }

    [Fact]
    public void The_talk_of_a_heading_with_closing_signs_ends_before_them()
    {
        const string line = "## TwitVisor / 島田恭平 ##";

        var heading = Parsing.Value(HeadingGrammar.Heading, line);

        heading.Text.Should().Be(new LinePart("TwitVisor / 島田恭平", 3));
        heading.Talk!.Title.Should().Be(new LinePart("TwitVisor", 3));
        heading.Talk.Speakers.Single().Name.Should().Be(new LinePart("島田恭平", 15));
        heading.Talk.Speakers.Single().Affiliation.Should().BeNull();
    }

    [Fact]
    public void The_line_grammar_reads_headings_only_when_the_dialect_has_them()
    {
        const string line = "## TwitVisor / 島田恭平";
        var withHeadings = ConfLogGrammar.LineOf(ConfLogOptions.Default with { MarkdownHeadings = true });
        var without = ConfLogGrammar.LineOf(ConfLogOptions.Default with { MarkdownHeadings = false });

        withHeadings(new LineInput(line)).Value.Should().BeOfType<HeadingLine>().Which.Talk.Should().NotBeNull();
        without(new LineInput(line)).Value.Should().BeOfType<TalkHeaderLine>();
    }

    [Fact]
    public void Building_a_heading_parser_needs_a_talk_header_parser()
    {
        var act = () => HeadingGrammar.HeadingOf(null!);

        act.Should().Throw<System.ArgumentNullException>().WithParameterName("talkHeader");
    }
}
