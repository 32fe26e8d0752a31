using System.IO;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Tree;

// Equality that means something: the same text parsed twice gives equal nodes and logs, one character changed does not.
public sealed class EqualityTests
{
    [Fact]
    public void The_seed_parsed_twice_gives_equal_talks_events_notes_and_logs_with_equal_hashes()
    {
        var first = ConferenceLog.Parse(Seed.Text);
        var second = ConferenceLog.Parse(Seed.Text);

        second.Talks.Should().Equal(first.Talks);
        (second.Talks[9] == first.Talks[9]).Should().BeTrue();
        second.Talks[9].GetHashCode().Should().Be(first.Talks[9].GetHashCode());
        second.Event.Should().Be(first.Event);
        second.Talks[0].Notes.Should().Equal(first.Talks[0].Notes);
        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
    }

    [Fact]
    public void One_character_changed_in_a_note_makes_that_talk_and_the_log_unequal_and_leaves_the_others_equal()
    {
        var talk = Seed.Log.Talks[9];
        var note = talk.Descendants<Note>().First(n => n.Text.Length > 2);
        int at = note.Span.Offset + note.Span.Length - 1;
        string changed = Seed.Text.Substring(0, at) + (Seed.Text[at] == 'x' ? 'y' : 'x') + Seed.Text.Substring(at + 1);

        var other = ConferenceLog.Parse(changed);

        other.Talks[9].Should().NotBe(talk);
        other.Should().NotBe(Seed.Log);
        other.Talks.Where((t, i) => i != 9).Should().Equal(Seed.Log.Talks.Where((t, i) => i != 9));
        other.Event.Should().Be(Seed.Log.Event);
    }

    [Theory]
    [InlineData("- 2012-12-04 Hall\n\nTalk / Ann(Acme)\n- a\n  - b https://example.com/x\n", "- 2012-12-04 Hall\n\nTalk / Ann(Acmf)\n- a\n  - b https://example.com/x\n")]
    [InlineData("Talk / Ann\n- a\n  - b https://example.com/x\n", "Talk / Ann\n- a\n  - b https://example.com/y\n")]
    [InlineData("Talk / Ann\n- Q: why?\n- A: because\n", "Talk / Ann\n- Q: why?\n- A: becausf\n")]
    [InlineData("- 2012-12-04 Hall\n- 資料: later\nTalk / Ann\n", "- 2012-12-05 Hall\n- 資料: later\nTalk / Ann\n")]
    [InlineData("- 2012-12-04 Hall\n- 資料: later\nTalk / Ann\n", "- 2012-12-04 Hall\n- 資料: lateR\nTalk / Ann\n")]
    [InlineData("Talk / Ann\n- a\n", "Tall / Ann\n- a\n")]
    [InlineData("## for loops\n- a\n", "## for loopz\n- a\n")]
    public void A_change_deep_inside_reaches_the_sessions_and_the_log(string text, string changed)
    {
        var log = ConferenceLog.Parse(text);
        var other = ConferenceLog.Parse(changed);

        ConferenceLog.Parse(text).Should().Be(log);
        other.Should().NotBe(log);
        (other.Event.Equals(log.Event) && other.Sessions.SequenceEqual(log.Sessions)).Should().BeFalse();
    }

    [Fact]
    public void Notes_nested_ten_thousand_deep_compare_without_overflowing()
    {
        string text = "Talk / Ann\n" + string.Concat(Enumerable.Range(0, 10_000).Select(depth => new string(' ', depth) + "- n\n"));

        var first = ConferenceLog.Parse(text).Talks.Single();
        var second = ConferenceLog.Parse(text).Talks.Single();

        first.Should().Be(second);
        first.Should().NotBe(ConferenceLog.Parse(text.Replace("- n\n", "- n") + "x\n").Talks.Single());
    }

    [Fact]
    public void A_session_read_a_line_at_a_time_equals_the_one_parsed_from_the_whole_text()
    {
        var parsed = ConferenceLog.Parse(Seed.Text);
        var stream = ConferenceLog.Stream(new StringReader(Seed.Text));

        stream.ToList().Should().Equal(parsed.Sessions);
        stream.Event.Should().Be(parsed.Event);
    }

    [Fact]
    public void Nodes_of_different_kinds_at_one_place_are_not_equal()
    {
        var span = new ConfLog.Text.SourceSpan(0, 3, 1, 1);
        var links = System.Collections.Immutable.ImmutableArray<Link>.Empty;

        new Question("why", links, span).Should().NotBe(new Answer("why", links, span));
        new Prose("why", links, span).Should().Be(new Prose("why", links, span));
    }
}
