using System.Collections.Generic;
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
        foreach (var node in ConferenceLog.Parse(text).AllNodes())
        {
            node.Span.Offset.Should().BeGreaterThanOrEqualTo(0);
            node.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            node.Span.Line.Should().BeGreaterThanOrEqualTo(1);
            node.Span.Column.Should().BeGreaterThanOrEqualTo(1);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_parents_span_covers_its_childrens(string text)
    {
        var log = ConferenceLog.Parse(text);
        foreach (var parent in log.AllNodes())
        {
            foreach (var child in parent.ChildNodes)
            {
                parent.Span.Covers(child.Span).Should().BeTrue($"{parent.GetType().Name} at {parent.Span} should cover {child.GetType().Name} at {child.Span}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_line_belongs_to_exactly_one_session_or_the_event(string text)
    {
        var log = ConferenceLog.Parse(text);
        var owners = new Dictionary<int, int>();
        var roots = new Node[] { log.Event }.Concat(log.Sessions).Where(n => n.Span.Length > 0 || n is not Event);
        foreach (var root in roots)
        {
            int first = log.Source.LineAt(root.Span.Offset).Number;
            int last = log.Source.LineAt(root.Span.End).Number;
            for (int line = first; line <= last; line++)
            {
                owners[line] = owners.TryGetValue(line, out int count) ? count + 1 : 1;
            }
        }

        owners.Keys.Should().BeEquivalentTo(log.Source.Lines.Select(l => l.Number));
        owners.Values.Should().OnlyContain(count => count == 1);
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
