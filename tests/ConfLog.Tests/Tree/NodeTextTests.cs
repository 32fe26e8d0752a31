using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConfLog.Model;
using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Tree;

// A parse keeps the texts of notes, questions, answers and prose as places in its input, and makes each string on
// first read; these facts hold whichever way a node was made.
public sealed class NodeTextTests
{
    private const string Log = "Talk / Ann (Acme)\n- first note\n  - 日本語の子\n- Q: why?\n- A: because\nA line of prose.\n";

    [Fact]
    public void Texts_read_from_a_whole_input_are_the_characters_at_their_places()
    {
        var talk = ConferenceLog.Parse(Log).Talks.Single();

        talk.Notes.Select(note => note.Text).Should().Equal("first note");
        talk.Notes[0].Children.Single().Text.Should().Be("日本語の子");
        talk.Exchanges.Single().Question!.Text.Should().Be("why?");
        talk.Exchanges.Single().Answers.Single().Text.Should().Be("because");
        talk.Prose.Single().Text.Should().Be("A line of prose.");
    }

    [Fact]
    public void Titles_speakers_labels_and_links_are_read_from_their_places_too()
    {
        const string Log = "発表 / Ann, 菊地 (Acme)\n- 資料: slides at https://example.com/s.pdf\n";

        var talk = ConferenceLog.Parse(Log).Talks.Single();

        talk.Title.Should().Be("発表");
        talk.Speakers.Select(s => s.ToString()).Should().Equal("Ann(Acme)", "菊地(Acme)");
        talk.Notes.Single().Label.Should().Be("資料");
        talk.Notes.Single().Links.Single().Url.Should().Be("https://example.com/s.pdf");
        talk.Speakers[0].Should().Be(new Speaker("Ann", "Acme", talk.Speakers[0].Span));
        (talk.Speakers[0] with { Affiliation = null }).ToString().Should().Be("Ann");
    }

    [Fact]
    public void A_text_is_made_once_and_then_the_same_string_is_given()
    {
        var note = ConferenceLog.Parse(Log).Talks.Single().Notes[0];

        note.Text.Should().BeSameAs(note.Text);
    }

    [Fact]
    public void Texts_read_by_many_threads_at_once_are_all_right()
    {
        // The first read of each text races on purpose: every thread must see the text, never a mix of source and text.
        var log = ConferenceLog.Parse(Seed.Text);
        var expected = log.Sessions.SelectMany(s => s.Descendants()).OfType<Note>().Select(n => n.Text.ToString()).ToArray();
        var fresh = ConferenceLog.Parse(Seed.Text);
        var notes = fresh.Sessions.SelectMany(s => s.Descendants()).OfType<Note>().ToArray();

        var seen = System.Linq.ParallelEnumerable.Range(0, 8).WithDegreeOfParallelism(8)
            .Select(_ => notes.Select(n => n.Text).ToArray()).ToArray();

        seen.Should().AllSatisfy(texts => texts.Should().Equal(expected));
    }

    [Fact]
    public void A_parsed_node_equals_one_made_by_hand_with_the_same_text_and_has_its_hash()
    {
        var parsed = ConferenceLog.Parse(Log).Talks.Single().Notes[0].Children.Single();
        var byHand = new Note("日本語の子", null, "-", 2, ImmutableArray<Link>.Empty, ImmutableArray<Note>.Empty, parsed.Span);

        parsed.Should().Be(byHand);
        parsed.GetHashCode().Should().Be(byHand.GetHashCode());
        (parsed with { Text = "other" }).Should().NotBe(byHand);
    }

    [Fact]
    public void Nodes_parsed_from_a_string_equal_the_same_nodes_streamed_a_line_at_a_time()
    {
        // Whole sessions, arrays and all: the texts compare by content wherever they point.
        var parsed = ConferenceLog.Parse(Log).Sessions.Single();
        var streamed = ConferenceLog.Stream(new StringReader(Log)).Single();

        streamed.Should().Be(parsed);
        streamed.Descendants<TextNode>().Should().HaveCount(5).And.Equal(parsed.Descendants<TextNode>());
    }

    [Fact]
    public void With_replaces_the_text_and_keeps_everything_else()
    {
        var answer = ConferenceLog.Parse(Log).Talks.Single().Exchanges.Single().Answers.Single();

        var changed = answer with { Text = "since" };

        changed.Text.Should().Be("since");
        changed.Span.Should().Be(answer.Span);
        answer.Text.Should().Be("because");
    }

    [Fact]
    public void A_null_text_given_by_hand_stays_null_and_differs_from_an_empty_one()
    {
        var span = new SourceSpan(0, 1, 1, 1);
        var empty = new Prose(string.Empty, ImmutableArray<Link>.Empty, span);
        var none = new Prose(null!, ImmutableArray<Link>.Empty, span);

        none.Text.Should().BeNull();
        none.Should().NotBe(empty);
        none.Should().Be(new Prose(null!, ImmutableArray<Link>.Empty, span));
    }
}
