using ConfLog.Outline;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Reading;

// The markup is decided from the text, with the counts that decided it kept as the reason.
public sealed class MarkupDetectionTests
{
    [Theory]
    [InlineData("# PyData Night\n\n## Talk one by Ann Lee\n\n* note\n", "Markdown")]
    [InlineData("Day 1\n=====\n\nOpening talk\n------------\n\n* note\n", "ReStructuredText")]
    [InlineData("Opening talk by Ann Lee\n~~~~~~~~~~~~~~~~~~~~~~~\n\n* note\n\nClosing talk\n~~~~~~~~~~~~\n", "ReStructuredText")]
    [InlineData("Example:\n~~~\ncode\n~~~\n\n## Talk one by Ann Lee\n", "Markdown")]
    [InlineData("#+TITLE: Meetup notes\n* Day 1\n** Talk one\n- note\n", "Org")]
    [InlineData("! Meetup\n!! June 4\n!!! Talk one\n* note [[slides|https://example.org]]\n", "Hiki")]
    [InlineData("= Meetup\n== June 4\n=== Talk one\n* note ((<slides|URL:https://example.org>))\n", "Rd")]
    [InlineData("Meetup\n\tTalk one\n\t\tnote\n\tTalk two\n\t\tnote\n", "Indent")]
    [InlineData("BitVisor Summit\n13:00 開会\n* note\nQ: why\nA: because\n", "Plain")]
    public void The_markup_is_detected_from_the_text(string text, string markup)
    {
        var outline = OutlineBuilder.Build(text);

        outline.Markup.ToString().Should().Be(markup, outline.MarkupReason);
        outline.MarkupReason.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void The_reason_names_what_was_counted()
    {
        var outline = OutlineBuilder.Build("Day 1\n=====\n\n.. note:: bring a laptop\n\nOpening talk\n~~~~~~~~~~~~\n");

        outline.MarkupReason.Should().Contain("underlined titles").And.Contain("directives");
    }
}
