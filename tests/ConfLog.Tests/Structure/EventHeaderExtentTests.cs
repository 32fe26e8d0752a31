using System.Collections.Generic;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Structure;
using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The event's header is the "# " title on the first line, the header bullets at the top, and the blank lines between
// the title and the first bullet; the first line that cannot belong to it ends it, and the event is read right then.
public sealed class EventHeaderExtentTests
{
    [Theory]
    [InlineData("# Conf 2024\n- 2024-05-01 Hall\n\nTalk / Ann Lee(Acme)\n- a note\n", new[] { false, false, true, true, true })]
    [InlineData("- 2024-05-01 Hall\n\nTalk / Ann Lee(Acme)\n- a note\n", new[] { false, true, true, true })]
    [InlineData("# Conf 2024\n\n\n- 2024-05-01 Hall\nTalk / Ann Lee(Acme)\n", new[] { false, false, false, false, true })]
    [InlineData("Talk / Ann Lee(Acme)\n\n- a note\n", new[] { true, true, true })]
    [InlineData("\nTalk / Ann Lee(Acme)\n- a note\n", new[] { true, true, true })]
    [InlineData("# Conf 2024\n- 2024-05-01 Hall\n# Talk / Ann Lee(Acme)\n\n- a note\n", new[] { false, false, true, true, true })]
    public void The_event_is_read_at_the_first_line_that_cannot_belong_to_its_header(string text, bool[] readAfterEachLine)
    {
        var pipeline = new LogPipeline(ConfLogOptions.Default, new List<Diagnostic>(), TextSource.Lines);
        var read = new List<bool>();
        foreach (var line in SourceText.From(text).Lines)
        {
            pipeline.Feed(line);
            read.Add(pipeline.Event is not null);
        }

        read.Should().Equal(readAfterEachLine);
    }

    [Fact]
    public void Blank_lines_after_a_title_with_no_header_bullet_are_not_the_events()
    {
        var log = ConferenceLog.Parse("# Conf 2024\n\n\nTalk / Ann Lee(Acme)\n- a note\n");

        log.Event.Span.Offset.Should().Be(0);
        log.Event.Span.End.Should().Be("# Conf 2024".Length);
    }

    [Fact]
    public void Blank_lines_between_the_title_and_a_header_bullet_are_the_events()
    {
        var log = ConferenceLog.Parse("# Conf 2024\n\n- 2024-05-01 Hall\n\nTalk / Ann Lee(Acme)\n- a note\n");

        log.Event.Venue.Should().Be("Hall");
        log.Event.Span.End.Should().Be("# Conf 2024\n\n- 2024-05-01 Hall".Length);
    }

    [Fact]
    public void An_event_with_no_header_sits_empty_at_the_start_of_the_text_after_its_byte_order_mark()
    {
        var log = ConferenceLog.Parse("\uFEFFTalk / Ann Lee(Acme)\n- a note\n");

        log.Event.Span.Offset.Should().Be(1);
        log.Event.Span.Length.Should().Be(0);
        log.Talks.Single().Span.Offset.Should().Be(1);
    }
}
