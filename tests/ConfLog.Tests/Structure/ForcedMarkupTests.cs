using System.IO;
using System.Linq;
using System.Text;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// ConfLogOptions.Markup: a markup forced on a log, whatever its text looks like; null detects it.
public sealed class ForcedMarkupTests
{
    private const string MarkdownNotes = "# Summit\n\n## Day 1\n\n### Scaling writes by Jane Roe\n- shard by tenant\n";

    private const string RstMemo = "ja-pycon-taiwan-suzuki.txt";

    private static readonly ConfLogOptions Plain = ConfLogOptions.Default with { Markup = NoteMarkup.Plain };

    private static readonly ConfLogOptions Markdown = ConfLogOptions.Default with { Markup = NoteMarkup.Markdown };

    [Fact]
    public void A_markdown_looking_file_forced_to_plain_is_read_by_the_seeds_line_grammar()
    {
        var detected = ConferenceLog.Parse(MarkdownNotes);
        var forced = ConferenceLog.Parse(MarkdownNotes, Plain);

        detected.Talks.Select(t => t.Title).Should().Equal("Scaling writes");

        // The line grammar knows no "Title by Name": "## Day 1" is a section holding the deeper heading and its note,
        // and no day is read.
        forced.Markup.Should().Be(NoteMarkup.Plain);
        forced.MarkupReason.Should().StartWith("forced");
        forced.Talks.Should().BeEmpty();
        forced.Days.Should().BeEmpty();
        var section = forced.Sessions.OfType<Section>().Single();
        section.Title.Should().Be("Day 1");
        section.Notes.Select(n => n.Text).Should().Equal("shard by tenant");
    }

    [Fact]
    public void The_seed_forced_to_markdown_is_read_by_the_reader_not_decided_by_its_header_form()
    {
        var log = ConferenceLog.Parse(Seed.Text, Markdown);

        log.Markup.Should().Be(NoteMarkup.Markdown);
        log.MarkupReason.Should().StartWith("forced");
        log.Talks[0].Title.Should().Be("BitVisorの現状と今後");
        log.Talks[0].Evidence.Should().NotContain(e => e.Rule == "talk header \"Title / Speaker\"");
    }

    [Fact]
    public void A_restructuredtext_memo_forced_to_plain_loses_its_underlined_talks()
    {
        var detected = ConferenceLog.Load(Corpus.PathOf(RstMemo));
        var forced = ConferenceLog.Load(Corpus.PathOf(RstMemo), Plain);

        detected.Markup.Should().Be(NoteMarkup.ReStructuredText);
        detected.Talks.Should().NotBeEmpty();
        forced.Markup.Should().Be(NoteMarkup.Plain);
        forced.Talks.Should().BeEmpty();
    }

    [Fact]
    public void A_restructuredtext_memo_forced_to_markdown_says_it_was_read_as_markdown_because_it_was_forced()
    {
        var log = ConferenceLog.Load(Corpus.PathOf(RstMemo), Markdown);

        log.Markup.Should().Be(NoteMarkup.Markdown);
        log.MarkupReason.Should().Be("forced by the options (ConfLogOptions.Markup)");
    }

    [Fact]
    public void Load_from_a_stream_honours_the_forced_markup()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(MarkdownNotes));

        ConferenceLog.Load(stream, Plain).Talks.Should().BeEmpty();
    }

    [Theory]
    [InlineData(NoteMarkup.Plain)]
    [InlineData(NoteMarkup.Markdown)]
    [InlineData(NoteMarkup.ReStructuredText)]
    public void Streaming_with_a_forced_markup_gives_the_sessions_parsing_gives(NoteMarkup markup)
    {
        var options = ConfLogOptions.Default with { Markup = markup };
        foreach (string text in new[] { MarkdownNotes, Seed.Text, Corpus.Text(RstMemo) })
        {
            var parsed = ConferenceLog.Parse(text, options);

            var stream = ConferenceLog.Stream(new StringReader(text), options);
            stream.ToList().Should().Equal(parsed.Sessions);
            (stream.Markup, stream.MarkupReason).Should().Be((parsed.Markup, parsed.MarkupReason));
            stream.Days.Should().Equal(parsed.Days);
        }
    }

    [Fact]
    public void With_no_markup_forced_the_markup_is_detected()
    {
        ConfLogOptions.Default.Markup.Should().BeNull();
        ConferenceLog.Parse(MarkdownNotes, ConfLogOptions.Default).MarkupReason.Should().NotContain("forced");
    }
}
