using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

/// <summary>
/// A note's draft is reused from note to note and session to session, and makes its lists of continuations, links and
/// children only when a note has them: what one note left in a draft must not reach the next.
/// </summary>
public sealed class NoteDraftReuseTests
{
    [Fact]
    public void A_bullet_with_no_text_takes_its_continuation_lines_as_its_text()
    {
        var talk = ConferenceLog.Parse("Continuation / Ann Lee(Lab)\n-\n  first\n  second\n").Talks.Single();

        talk.Notes.Select(n => n.Text).Should().Equal("first\nsecond");
    }

    [Fact]
    public void A_parent_continued_after_its_child_spans_through_the_continuation()
    {
        var note = ConferenceLog.Parse("Continuation / Ann Lee(Lab)\n- a\n    - b\n  more of a\n").Talks.Single().Notes.Single();

        note.Text.Should().Be("a\nmore of a");
        note.Span.Line.Should().Be(2);
        (note.Span.Offset + note.Span.Length).Should().Be("Continuation / Ann Lee(Lab)\n- a\n    - b\n  more of a".Length);
    }

    [Fact]
    public void A_note_keeps_the_link_of_its_own_line_after_an_earlier_note_was_continued_with_one()
    {
        const string Text = "First / Ann Lee(Lab)\n- see\n  https://a.example/1\n\nSecond / Bo Chen(Lab)\n- https://b.example/2\n";

        var talks = ConferenceLog.Parse(Text).Talks;

        talks[0].Notes.Single().Links.Select(l => l.Url).Should().Equal("https://a.example/1");
        talks[1].Notes.Single().Links.Select(l => l.Url).Should().Equal("https://b.example/2");
    }

    [Fact]
    public void A_URL_at_the_very_start_of_the_text_is_a_link()
    {
        var log = ConferenceLog.Parse("https://a.example/notes are here\n\nA talk / Ann Lee(Lab)\n- note\n");

        log.AllNodes().OfType<Link>().Select(l => l.Url).Should().Contain("https://a.example/notes");
    }
}
