using System.Linq;
using ConfLog.Model;
using ConfLog.Outline;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Reading;

// The outline: headings by level, items by depth, fields, code, with markup taken away and every line kept in place.
public sealed class OutlineTests
{
    [Fact]
    public void Every_line_has_one_outline_line_with_its_number_offset_and_length()
    {
        const string text = "# Title\r\n\r\n* item\n  * sub\nlast";
        var lines = OutlineBuilder.Build(text).Lines;

        lines.Select(l => l.Line).Should().Equal(1, 2, 3, 4, 5);
        lines.Select(l => text.Substring(l.Offset, l.Length)).Should().Equal("# Title", "", "* item", "  * sub", "last");
    }

    [Fact]
    public void Rst_heading_levels_follow_the_order_adornments_first_appear_in()
    {
        const string text = "=====\nEvent\n=====\n\nDay 1\n-----\n\nTalk\n~~~~\n\nDay 2\n-----\n";
        var headings = OutlineBuilder.Build(text).Lines.Where(l => l.Kind == OutlineKind.Heading).ToList();

        headings.Select(h => (h.Text, h.Level, h.Line)).Should().Equal(("Event", 1, 2), ("Day 1", 2, 5), ("Talk", 3, 8), ("Day 2", 2, 11));
    }

    [Fact]
    public void A_setext_underline_turns_the_line_above_into_a_heading_and_a_rule_after_a_blank_stays_a_rule()
    {
        var lines = OutlineBuilder.Build("# Notes\n\nTalk one\n--------\n\ntext\n\n---\n\nmore\n").Lines;

        lines[2].Should().Match<OutlineLine>(l => l.Kind == OutlineKind.Heading && l.Level == 2 && l.Text == "Talk one");
        lines[3].Kind.Should().Be(OutlineKind.Rule);
        lines[7].Kind.Should().Be(OutlineKind.Rule);
        lines[9].Kind.Should().Be(OutlineKind.Text);
    }

    [Fact]
    public void Markdown_headings_lose_their_marks_closing_hashes_emphasis_links_and_escapes()
    {
        var headings = OutlineBuilder.Build("## Chaos patterns ##\n##Day 2\n### **Bold** talk by [Ann Lee](https://example.org/ann)\n### Auto \\- scaling\n").Lines;

        headings.Select(h => (h.Kind, h.Level, h.Text)).Should().Equal(
            (OutlineKind.Heading, 2, "Chaos patterns"),
            (OutlineKind.Heading, 2, "Day 2"),
            (OutlineKind.Heading, 3, "Bold talk by Ann Lee"),
            (OutlineKind.Heading, 3, "Auto - scaling"));
    }

    [Fact]
    public void A_hash_inside_a_fenced_code_block_or_front_matter_is_not_a_heading()
    {
        var lines = OutlineBuilder.Build("---\ntitle: Notes\n---\n# Talk\n```sh\n# comment\n```\n").Lines;

        lines[1].Should().Match<OutlineLine>(l => l.Kind == OutlineKind.Field && l.Key == "title" && l.Text == "Notes");
        lines[3].Kind.Should().Be(OutlineKind.Heading);
        lines[5].Kind.Should().Be(OutlineKind.Code);
    }

    [Fact]
    public void Item_depth_follows_indentation_whatever_its_step()
    {
        var items = OutlineBuilder.Build("* a\n    * b\n        * c\n  * d\n* e\n\t* f\n").Lines.Select(l => l.Level);

        items.Should().Equal(0, 1, 2, 1, 0, 1);
    }

    [Fact]
    public void Lines_that_are_only_bold_are_the_headings_of_a_file_with_no_hash_heading()
    {
        var lines = OutlineBuilder.Build("**Opening**\n\nwelcome words [link](https://example.org)\n\n**Panel**\n").Lines;

        lines.Where(l => l.Kind == OutlineKind.Heading).Select(l => l.Text).Should().Equal("Opening", "Panel");
    }

    [Fact]
    public void Org_hiki_and_rd_headings_have_their_levels()
    {
        OutlineBuilder.Build("* Day 1\n** Talk\n", NoteMarkup.Org).Lines.Select(l => l.Level).Should().Equal(1, 2);
        OutlineBuilder.Build("!! June 4\n!!! Talk\n", NoteMarkup.Hiki).Lines.Select(l => l.Level).Should().Equal(2, 3);
        OutlineBuilder.Build("= Event\n== Talk\n", NoteMarkup.Rd).Lines.Select(l => l.Level).Should().Equal(1, 2);
    }
}
