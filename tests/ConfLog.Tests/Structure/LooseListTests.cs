using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// Blank lines between a bullet and the bullets under it, as Markdown's loose lists have them (spec examples 37, 38).
public sealed class LooseListTests
{
    private const string Log = "Loose / Ann\n- a\n\n  - b\n\n\n- c\n\nprose\n";

    [Fact]
    public void The_blank_lines_inside_the_list_belong_to_the_bullet_they_stand_under()
    {
        var talk = ConferenceLog.Parse(Log).Talks.Single();
        var a = talk.Notes[0];

        a.Children.Single().Text.Should().Be("b");
        a.Span.Line.Should().Be(2);
        a.Span.End.Should().Be(Log.IndexOf("  - b", System.StringComparison.Ordinal) + "  - b".Length);
        talk.Items.Select(i => i.GetType().Name).Should().Equal("Note", "Blank", "Blank", "Note", "Blank", "Prose");
    }

    [Fact]
    public void The_blank_lines_after_the_list_are_items_of_their_own_at_their_lines()
    {
        var blanks = ConferenceLog.Parse(Log).Talks.Single().Items.OfType<Blank>();

        blanks.Select(b => b.Span.Line).Should().Equal(5, 6, 8);
    }

    [Fact]
    public void A_dated_bullet_nests_across_a_blank_line_as_any_bullet_does()
    {
        var talk = ConferenceLog.Parse("T / A\n- a\n\n  - 2012-12-04 Tokyo\n").Talks.Single();

        talk.Notes.Single().Children.Single().Text.Should().Be("2012-12-04 Tokyo");
        talk.Items.OfType<Blank>().Should().BeEmpty();
    }

    [Fact]
    public void A_line_of_the_users_recognizer_nests_across_a_blank_line_as_any_note_does()
    {
        var options = ConfLogOptions.Default with { Recognizers = [Spec.CustomRecognizerTests.Todo] };

        var talk = ConferenceLog.Parse("T / A\n- a\n\n  TODO: slides\n", options).Talks.Single();

        talk.Notes.Single().Children.Single().Should().Match<Note>(n => n.Kind == "todo" && n.Text == "slides");
    }

    [Fact]
    public void Every_promise_of_the_tree_holds_and_the_text_comes_back_whole()
    {
        var log = ConferenceLog.Parse(Log);

        Invariants.Check(Log, log).Should().BeNull();
        using var written = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        log.WriteTo(written);
        written.ToString().Should().Be(Log);
    }
}
