using System.Collections.Immutable;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Tree;

// What every session, whatever its kind, answers without a switch on its type; and what is computed once.
public sealed class SessionShapeTests
{
    private const string Log =
        "- 2012-12-04 Hall 10:10〜17:50\n" +
        "before the talks https://example.com/venue\n" +
        "TwitVisor / 島田恭平(筑波大学), Ann\n" +
        "- a note https://example.com/a\n" +
        "  - under it https://example.com/b\n" +
        "- Q: why? https://example.com/q\n" +
        "- A: because https://example.com/r\n" +
        "prose https://example.com/p\n" +
        "昼休憩\n" +
        "- lunch\n";

    [Fact]
    public void Each_kind_gives_its_title_and_header_and_an_interlude_gives_none()
    {
        var log = ConferenceLog.Parse(Log);

        log.Sessions.Select(s => s.Kind).Should().Equal(SessionKind.Interlude, SessionKind.Talk, SessionKind.Break);
        log.Sessions.Select(s => s.Title).Should().Equal(null, "TwitVisor", "昼休憩");
        log.Sessions.Select(s => s.Header?.Line).Should().Equal(null, 3, 9);
        log.Talks[0].Header.Should().Be(log.Sessions[1].Header!.Value);
        log.Sessions.OfType<Break>().Single().Header.Line.Should().Be(9);
    }

    [Fact]
    public void A_sections_title_and_header_are_its_headings()
    {
        var section = ConferenceLog.Parse("## for loops\n- note\n").Sessions.OfType<Section>().Single();

        section.Title.Should().Be("for loops");
        ((Session)section).Header.Should().Be(section.Header);
        section.Header.Line.Should().Be(1);
        section.ToString().Should().Be("## for loops");
    }

    [Fact]
    public void A_talk_prints_as_its_header()
    {
        Seed.Log.Talks[9].ToString().Should().Be("TwitVisor / 島田恭平(筑波大学)");
        ConferenceLog.Parse(Log).Talks.Single().ToString().Should().Be("TwitVisor / 島田恭平(筑波大学), Ann");
    }

    [Fact]
    public void A_talk_that_names_no_speaker_prints_as_its_title_alone()
    {
        var talk = ConferenceLog.Parse("# Day 1\n\n## Diamond sponsor talk 9:50am - 10:00am\n\n- a profiler\n\n## Types in practice by Ann Lee\n\n- a note\n").Talks[0];

        talk.Speakers.Should().BeEmpty();
        talk.ToString().Should().Be("Diamond sponsor talk");
    }

    [Fact]
    public void Notes_exchanges_prose_and_links_are_the_same_arrays_on_every_read()
    {
        var talk = ConferenceLog.Parse(Log).Talks.Single();

        // ImmutableArray's == compares the arrays behind: equal only when nothing was built again.
        (talk.Notes == talk.Notes).Should().BeTrue();
        (talk.Exchanges == talk.Exchanges).Should().BeTrue();
        (talk.Prose == talk.Prose).Should().BeTrue();
        (talk.Links == talk.Links).Should().BeTrue();
        (talk.Timestamps == talk.Timestamps).Should().BeTrue();
    }

    [Fact]
    public void A_sessions_links_are_every_url_inside_it_in_source_order()
    {
        var talk = ConferenceLog.Parse(Log).Talks.Single();

        talk.Links.Select(link => link.Url.Substring("https://example.com/".Length)).Should().Equal("a", "b", "q", "r", "p");
        talk.Notes.Select(n => n.Text).Should().Equal("a note https://example.com/a");
        talk.Exchanges.Single().Answers.Single().Text.Should().Be("because https://example.com/r");
        talk.Prose.Single().Text.Should().Be("prose https://example.com/p");
    }

    [Fact]
    public void Replacing_the_items_with_with_gives_the_contents_of_the_new_items()
    {
        var talk = ConferenceLog.Parse(Log).Talks.Single();
        _ = talk.Notes;

        var fewer = talk with { Items = talk.Items.RemoveAll(item => item is Note) };

        fewer.Notes.Should().BeEmpty();
        fewer.Links.Select(link => link.Url).Should().Equal("https://example.com/q", "https://example.com/r", "https://example.com/p");
        talk.Notes.Should().ContainSingle();
        fewer.Should().NotBe(talk);
    }

    [Fact]
    public void A_talks_children_are_its_speakers_then_its_items_in_source_order()
    {
        var talk = ConferenceLog.Parse(Log).Talks.Single();

        talk.ChildNodes.Select(node => node.GetType().Name).Should().Equal("Speaker", "Speaker", "Note", "Exchange", "Prose");
        talk.ChildNodes.Select(node => node.Span.Offset).Should().BeInAscendingOrder();
    }

    [Fact]
    public void The_events_children_are_its_links_and_labels_in_source_order()
    {
        var ev = ConferenceLog.Parse("- 2012-12-04 Hall\n- 資料: later\n- https://example.com/e\n- 懇親会: yes\n\nTalk / Ann\n").Event;

        ev.ChildNodes.Select(node => node.GetType().Name).Should().Equal("Label", "Link", "Label");
    }

    [Fact]
    public void Descendants_of_a_type_are_those_of_the_walk_that_have_it()
    {
        var log = ConferenceLog.Parse(Log);

        log.Sessions[1].Descendants<Link>().Should().Equal(log.Sessions[1].Descendants().OfType<Link>());
        log.Sessions[1].Descendants<Link>().Should().HaveCount(5);
        log.Sessions[1].Descendants<TextNode>().Select(node => node.GetType().Name).Should().Equal("Note", "Note", "Question", "Answer", "Prose");
    }

    [Fact]
    public void Notes_questions_answers_and_prose_share_their_text_and_links()
    {
        var talk = ConferenceLog.Parse(Log).Talks.Single();

        talk.Descendants<TextNode>().Select(node => node.Links.Single().Url.Last()).Should().Equal('a', 'b', 'q', 'r', 'p');
        talk.Descendants<TextNode>().Should().AllSatisfy(node => node.ChildNodes.Should().Contain(node.Links));
    }

    [Fact]
    public void A_diagnostic_says_whether_it_is_an_error()
    {
        var log = ConferenceLog.Parse("Talk / Ann\n[2012-13-04 10:40]\n- A: answer first\n");

        log.Diagnostics.Select(d => (d.Code, d.IsError)).Should().Equal(("CL0001", true), ("CL0003", false));
        log.HasErrors.Should().BeTrue();
        new Diagnostic("CL0012", DiagnosticSeverity.Info, "x", default).IsError.Should().BeFalse();
    }

    [Fact]
    public void A_talk_made_by_hand_has_what_it_was_given()
    {
        var span = new ConfLog.Text.SourceSpan(0, 5, 1, 1);
        var talk = new Talk("T", ImmutableArray.Create(new Speaker("S", null, span)), span, ImmutableArray<SessionItem>.Empty, null, null, false, span);

        talk.Title.Should().Be("T");
        talk.Header.Should().Be(span);
        talk.ToString().Should().Be("T / S");
        talk.Notes.Should().BeEmpty();
    }
}
