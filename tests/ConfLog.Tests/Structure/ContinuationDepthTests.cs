using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// An indented line of text continues the deepest open bullet it is indented further than; the bullets deeper than
// that one are closed by it, so a bullet after it nests under the bullet it continued.
public sealed class ContinuationDepthTests
{
    private const string Text =
        "Parsers / Ann Lee\n" +
        "- combinators\n" +
        "  - Sprache\n" +
        "    - LINQ syntax\n" +
        "  and they compose\n" +
        "    - a later child\n";

    [Fact]
    public void A_line_indented_as_far_as_a_middle_bullet_continues_the_bullet_above_it()
    {
        var note = ConferenceLog.Parse(Text).Talks.Single().Notes.Single();

        note.Text.Should().Be("combinators\nand they compose");
        note.Children[0].Text.Should().Be("Sprache");
    }

    [Fact]
    public void A_bullet_after_the_continuation_nests_under_the_note_it_continued()
    {
        var note = ConferenceLog.Parse(Text).Talks.Single().Notes.Single();

        note.Children.Select(c => c.Text).Should().Equal("Sprache", "a later child");
        note.Children[0].Children.Single().Text.Should().Be("LINQ syntax");
    }
}
