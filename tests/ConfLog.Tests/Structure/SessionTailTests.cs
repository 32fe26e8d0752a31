using System;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A session's tail of timestamps: the first ends it, and at the end of the log the ones after it stay in the last
// session, as lines of it (nothing of the text is dropped), not an interlude of their own.
public sealed class SessionTailTests
{
    [Fact]
    public void Timestamps_after_the_last_talks_end_stay_in_that_talk()
    {
        const string Text = "- 2012-12-04 Hall 10:10〜17:50\nFirst / Ann\n- a\n[2012-12-04 10:40]\n[2012-12-04 10:45]\n";

        var log = ConferenceLog.Parse(Text);

        var talk = log.Sessions.Should().ContainSingle().Which.Should().BeOfType<Talk>().Subject;
        talk.End.Should().Be(new DateTime(2012, 12, 4, 10, 40, 0));
        talk.Items.OfType<Timestamp>().Select(t => t.Span.Line).Should().Equal(4, 5);
        log.Source.LineAt(talk.Span.End).Number.Should().Be(5);
    }

    [Fact]
    public void The_events_lines_and_its_sessions_cover_every_line_when_the_log_ends_in_timestamps()
    {
        const string Text = "- 2012-12-04 Hall 10:10〜17:50\nFirst / Ann\n- a\n[2012-12-04 10:40]\n\n[2012-12-04 10:45]";

        var log = ConferenceLog.Parse(Text);

        log.Sessions.Should().ContainSingle();
        log.Sessions[0].Span.End.Should().Be(Text.Length);
    }
}
