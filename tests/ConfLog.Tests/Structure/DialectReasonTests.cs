using System.Linq;
using ConfLog.Model;
using ConfLog.Structure;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// How a log was read is said in its MarkupReason: a text where no talk is read either way says so.
public sealed class DialectReasonTests
{
    private const string LongTitle =
        "We went through how the services exchange private information with no broker standing in the middle of it and what that costs the teams";

    [Fact]
    public void A_text_with_no_talk_says_no_talk_was_found()
    {
        var log = ConferenceLog.Parse("# Notes\n\nsome text about nothing in particular\n\n- a list\n- of things\n");

        log.Talks.Should().BeEmpty();
        log.MarkupReason.Should().EndWith("; no talk found");
    }

    [Fact]
    public void A_text_with_a_talk_does_not_say_none_was_found()
    {
        var log = ConferenceLog.Parse("# Postgres Conference 2019\n\n## Day 1 - March 19\n\n### Synergy: Teamwork makes the dream work by Zak Tedder\n\n- teams that talk ship\n");

        log.Talks.Should().ContainSingle();
        log.MarkupReason.Should().NotContain("no talk found");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Lines_of_prose_holding_a_slash_are_not_talks_when_the_reader_finds_none(int lines)
    {
        string text = "# Notes\n\n" + string.Concat(Enumerable.Range(1, lines).Select(i => $"{LongTitle} {i} / metadata to access the stores\n\n"));

        var log = ConferenceLog.Parse(text);

        log.Talks.Should().BeEmpty();
        log.Sessions.OfType<Talk>().Should().BeEmpty();
    }

    [Fact]
    public void Lines_of_prose_holding_a_slash_on_both_sides_of_the_dialect_prefix_are_no_talks_when_the_reader_finds_none()
    {
        // Two such lines are sessions of the grammar's first reading by the end of the prefix (a third is still open),
        // and a fourth follows it: whatever their number, any talk the grammar read says "read again with the reader's
        // decisions", which find none.
        string slashed = string.Concat(Enumerable.Range(1, 3).Select(i => $"{LongTitle} {i} / metadata to access the stores\n\n"));
        string prose = string.Concat(Enumerable.Range(1, LogPipeline.DialectPrefix).Select(i => $"note {i} about nothing in particular\n"));
        string text = "# Notes\n\n" + slashed + prose + $"{LongTitle} 4 / metadata to access the stores\n";

        var log = ConferenceLog.Parse(text);

        log.Talks.Should().BeEmpty();
        log.Sessions.OfType<Talk>().Should().BeEmpty();
        log.MarkupReason.Should().NotContain("no talk found");
    }

    [Fact]
    public void A_line_of_prose_holding_a_slash_after_the_dialect_prefix_is_no_talk_when_the_reader_finds_none()
    {
        // Parse stops its first reading at the prefix when the dialect is not the seed's: the line past it is read
        // only when the reader has found no talk, and the reader's reading then replaces it all the same.
        string prose = string.Concat(Enumerable.Range(1, LogPipeline.DialectPrefix).Select(i => $"note {i} about nothing in particular\n"));
        string text = "# Notes\n\n" + prose + $"{LongTitle} / metadata to access the stores\n";

        var log = ConferenceLog.Parse(text);

        log.Talks.Should().BeEmpty();
        log.Sessions.OfType<Talk>().Should().BeEmpty();
        log.MarkupReason.Should().NotContain("no talk found");
    }

    [Fact]
    public void A_talk_header_of_the_seed_s_form_keeps_the_log_read_to_its_end_in_the_seed_s_dialect()
    {
        string notes = string.Concat(Enumerable.Range(1, 60).Select(i => $"- note {i}\n"));
        string text = "- 2012-12-04 Tsukuba 10:10-17:50\n\nTwitVisor / 島田恭平(筑波大学)\n" + notes + "\nBitVisor の今後 / 榮樂英樹(IIJ)\n- last\n";

        var log = ConferenceLog.Parse(text);

        log.Talks.Select(t => t.Title).Should().Equal("TwitVisor", "BitVisor の今後");
        log.Talks[1].Notes.Should().ContainSingle().Which.Text.Should().Be("last");
        log.MarkupReason.Should().Contain("Title / Speaker");
    }
}
