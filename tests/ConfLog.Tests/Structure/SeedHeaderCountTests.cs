using System.Linq;
using ConfLog.Model;
using ConfLog.Structure;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The seed's dialect is decided by the first talk header of its form among the first lines, once such headers are at
// least as many as the other headings; a header's title longer than a title gets (a line of prose with " / ") says
// nothing of the dialect.
public sealed class SeedHeaderCountTests
{
    // 120 characters, the longest a seed header's title may be and still count.
    private const string LongestTitle = "Migrating a payments platform from a monolith to services without any downtime: what worked, what failed, and why it did";

    [Fact]
    public void The_first_header_of_the_seeds_form_is_where_the_dialect_was_decided()
    {
        var log = ConferenceLog.Parse("Fast parsing / Ann Lee(Acme)\n- a note\nSlow parsing / Bob Roe(Initech)\n- note\n");

        log.MarkupReason.Should().Be("a talk header of the seed's form (Title / Speaker) at line 1");
    }

    [Fact]
    public void The_seeds_dialect_with_headings_is_markdown_however_many_headings_there_are()
    {
        var log = ConferenceLog.Parse("# Conf 2024\n\n# Fast parsing / Ann Lee(Acme)\n- a note\n");

        log.ReadInSeedDialect.Should().BeTrue();
        log.Markup.Should().Be(NoteMarkup.Markdown);
    }

    [Fact]
    public void A_header_on_the_last_line_of_the_prefix_decides_the_dialect()
    {
        var log = ConferenceLog.Parse(ProseLines(LogPipeline.DialectPrefix - 1) + "Fast parsing / Ann Lee(Acme)\n- a note\n");

        log.ReadInSeedDialect.Should().BeTrue();
        log.MarkupReason.Should().EndWith("at line " + LogPipeline.DialectPrefix);
    }

    [Fact]
    public void A_header_after_the_prefix_does_not_decide_the_dialect()
    {
        var log = ConferenceLog.Parse(ProseLines(LogPipeline.DialectPrefix) + "Fast parsing / Ann Lee(Acme)\n- a note\n");

        log.ReadInSeedDialect.Should().BeFalse();
    }

    [Fact]
    public void A_heading_with_the_longest_title_a_seed_header_may_have_decides_the_dialect()
    {
        LongestTitle.Length.Should().Be(120);

        var log = ConferenceLog.Parse("# PayConf 2024\n\n## " + LongestTitle + " / Ann Lee(Acme)\n- a note\n");

        log.ReadInSeedDialect.Should().BeTrue();
        log.Talks.Single().Title.Should().Be(LongestTitle);
    }

    [Fact]
    public void A_heading_with_a_title_one_character_longer_is_another_heading()
    {
        var log = ConferenceLog.Parse("# PayConf 2024\n\n## " + LongestTitle + "! / Ann Lee(Acme)\n- a note\n");

        log.ReadInSeedDialect.Should().BeFalse();
    }

    private static string ProseLines(int count) =>
        string.Concat(Enumerable.Repeat("We met in the hallway before the first talk.\n", count));
}
