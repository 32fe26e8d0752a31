using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Tree;

// Every node says where it came from; a parent's span covers its children's; every line has one owner.
public sealed class SpanTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string> { Seed.Text };
        foreach (string name in Corpus.Names)
        {
            data.Add(Corpus.Text(name));
        }

        data.Add("- A: answer first\n- Q: then a question\n\n  - nested\n- x\n    - deeper\n  - back\n");
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_span_lies_inside_the_text(string text)
    {
        Invariants.SpansInsideText(text, ConferenceLog.Parse(text)).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_parents_span_covers_its_childrens(string text)
    {
        Invariants.ParentsCoverChildren(ConferenceLog.Parse(text)).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_line_belongs_to_exactly_one_session_or_the_event(string text)
    {
        Invariants.LinesHaveOneOwner(ConferenceLog.Parse(text)).Should().BeNull();
    }

    [Fact]
    public void A_broken_promise_is_noticed()
    {
        // The invariants must be able to fail: a log checked against text it was not parsed from does.
        var log = ConferenceLog.Parse("T / S\n- a");
        Invariants.RoundTrips("other", log).Should().NotBeNull();
        Invariants.SpansInsideText("T", log).Should().NotBeNull();
    }

    [Fact]
    public void A_speakers_span_covers_the_name_and_the_affiliation()
    {
        var speaker = Seed.Log.Talks[9].Speakers[0];

        Seed.Text.Substring(speaker.Span.Offset, speaker.Span.Length).Should().Be("島田恭平(筑波大学)");
        speaker.Span.Line.Should().Be(218);
        speaker.Span.Column.Should().Be(13);
    }

    [Fact]
    public void A_links_span_is_the_url_in_its_line()
    {
        var link = Seed.Log.Talks[3].Links[0];

        Seed.Text.Substring(link.Span.Offset, link.Span.Length).Should().Be("http://youtu.be/IihKKgcXnic");
        link.Span.Line.Should().Be(114);
    }

    [Fact]
    public void Nested_notes_make_a_tree_whose_parent_spans_cover_their_children()
    {
        var log = ConferenceLog.Parse("T / S\n- a\n  - b\n    - c\n  - d\n- e");
        var notes = log.Talks[0].Notes;

        notes.Select(n => n.Text).Should().Equal("a", "e");
        notes[0].Children.Select(n => n.Text).Should().Equal("b", "d");
        notes[0].Children[0].Children.Should().ContainSingle().Which.Text.Should().Be("c");
        notes[0].Span.Line.Should().Be(2);
        log.Source.LineAt(notes[0].Span.End).Number.Should().Be(5);
    }
}
