using System.Linq;
using ConfLog.Model;
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
}
