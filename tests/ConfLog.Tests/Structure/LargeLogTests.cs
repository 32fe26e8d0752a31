using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ConfLog.Model;
using ConfLog.Tests.Streaming;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The item builder reuses its drafts of notes and exchanges from session to session and from parse to parse, and
// Parse and Stream share the pipeline: logs of thousands of sessions, and sessions of thousands of items, must come
// out the same both ways, with nothing of one session or parse left in the next.
public sealed class LargeLogTests
{
    [Fact]
    public void A_log_of_thousands_of_talks_parses_as_it_streams()
    {
        string text = Talks(2000);

        var parsed = ConferenceLog.Parse(text);
        var streamed = ConferenceLog.Stream(new StringReader(text)).ToList();

        parsed.Talks.Should().HaveCount(2000);
        parsed.Talks.Select(t => t.Title).Should().Equal(Enumerable.Range(0, 2000).Select(i => $"Talk {i}"));
        parsed.Talks[1234].Notes.Select(n => $"{n.Label}|{n.Text}").Should().Equal("|point 1234", "label|see https://example.com/1234");
        parsed.Talks[1234].Notes[1].Links.Single().Url.Should().Be("https://example.com/1234");
        parsed.Talks[1234].Notes[0].Children.Select(n => n.Text).Should().Equal("detail 1234", "more 0");
        parsed.Talks.Sum(t => t.Notes.Sum(n => n.Children.Length)).Should().Be(2000 + Enumerable.Range(0, 2000).Sum(i => i % 3));
        parsed.Talks[1234].Exchanges.Single().Answers.Single().Text.Should().Be("answer 1234");
        StreamedLogTests.Describe(parsed.Sessions).Should().Equal(StreamedLogTests.Describe(streamed));
    }

    [Fact]
    public void A_session_of_ten_thousand_items_keeps_every_item_in_order()
    {
        var text = new StringBuilder("Long / Ann\n");
        for (int i = 0; i < 10_000; i++)
        {
            text.Append("- n").Append(i).Append('\n');
        }

        var talk = ConferenceLog.Parse(text.ToString()).Talks.Single();

        talk.Notes.Select(n => n.Text).Should().Equal(Enumerable.Range(0, 10_000).Select(i => "n" + i));
        talk.Notes.Select(n => n.Span.Line).Should().Equal(Enumerable.Range(2, 10_000));
        talk.Span.End.Should().Be(text.Length - 1, "a span ends before its line's ending");
    }

    [Fact]
    public void A_session_carries_nothing_over_from_the_session_before_it()
    {
        // The drafts of the first talk's notes and exchange are reused for the second's.
        const string Text = "Full / Ann(Acme)\n- a: x https://e.com/1\n  more https://e.com/2\n  - child\n- Q: why\n- A: because\n"
            + "Bare / Bo\n- plain\n- A: alone\n";

        var talks = ConferenceLog.Parse(Text).Talks;

        talks[0].Notes[0].Should().Match<Note>(n => n.Label == "a" && n.Text == "x https://e.com/1\nmore https://e.com/2" && n.Links.Length == 2 && n.Children.Length == 1);
        talks[1].Notes.Single().Should().Match<Note>(n => n.Text == "plain" && n.Label == null && n.Links.IsEmpty && n.Children.IsEmpty);
        talks[1].Exchanges.Single().Should().Match<Exchange>(e => e.Question == null && e.Answers.Single().Text == "alone");
        talks[1].Speakers.Single().Affiliation.Should().BeNull();
    }

    [Fact]
    public void A_parse_after_a_larger_one_carries_nothing_over()
    {
        ConferenceLog.Parse(Talks(1000)).Talks.Should().HaveCount(1000);

        var talk = ConferenceLog.Parse("Small / Bo\n- plain\n").Talks.Single();

        talk.Notes.Single().Should().Match<Note>(n => n.Text == "plain" && n.Label == null && n.Links.IsEmpty && n.Children.IsEmpty);
        talk.Speakers.Single().Affiliation.Should().BeNull();
    }

    [Fact]
    public void Parses_of_large_logs_on_several_threads_at_once_agree()
    {
        string text = Talks(1500);
        var expected = StreamedLogTests.Describe(ConferenceLog.Parse(text).Sessions).ToList();

        var outlines = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => StreamedLogTests.Describe(ConferenceLog.Parse(text).Sessions).ToList())
            .ToList();

        outlines.Should().AllSatisfy(outline => outline.Should().Equal(expected));
    }

    // Talks of 1 to 3 children under a note, a labelled note with a link, an exchange and a timestamp, so that each
    // talk reuses drafts the talk before it left with a different shape.
    private static string Talks(int count)
    {
        var text = new StringBuilder("- 2012-12-04\n");
        for (int i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Talk {i} / Speaker {i}(Org {i % 7})\n")
                .Append(CultureInfo.InvariantCulture, $"- point {i}\n")
                .Append(CultureInfo.InvariantCulture, $"  - detail {i}\n");
            for (int extra = 0; extra < i % 3; extra++)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - more {extra}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"- label: see https://example.com/{i}\n")
                .Append(CultureInfo.InvariantCulture, $"- Q: question {i}\n")
                .Append(CultureInfo.InvariantCulture, $"- A: answer {i}\n")
                .Append(CultureInfo.InvariantCulture, $"[2012-12-04 {10 + (i / 60 % 10):00}:{i % 60:00}]\n");
        }

        return text.ToString();
    }
}
