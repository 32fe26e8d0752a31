using System.Collections.Immutable;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Editing;

// New lines take the log's own line ending; lines not edited keep theirs, and a text that ended without one still does.
public sealed class LineEndingEditingTests
{
    private static readonly string CrLf = string.Join("\r\n", Seed.Text.Split('\n').Select(l => l.TrimEnd('\r')));

    private static Note NewNote(string text) => new(text, null, "-", 0, default, default, default);

    [Fact]
    public void A_note_added_to_a_crlf_log_ends_in_crlf_like_every_other_line()
    {
        var log = ConferenceLog.Parse(CrLf);

        var edited = log.InsertNodeAfter(log.Talks[0].Notes[0], NewNote("CRLF"));

        var changes = LineChanges.Between(log, edited);
        changes.Added.Should().ContainSingle().Which.Ending.Should().Be("\r\n");
        edited.Source.Lines.SkipLast(1).Should().OnlyContain(l => l.Ending == "\r\n");
        edited.ToString().Replace("\r\n", string.Empty).Should().NotContain("\n");
    }

    [Fact]
    public void A_renamed_speaker_in_a_crlf_log_keeps_the_lines_crlf()
    {
        var log = ConferenceLog.Parse(CrLf);
        var speaker = log.Talks[0].Speakers[0];

        var edited = log.ReplaceNode(speaker, speaker with { Name = "品川 高廣" });

        edited.ToString().Should().Be(CrLf.Replace("品川高廣(東京大学)", "品川 高廣(東京大学)"));
    }

    [Fact]
    public void A_note_added_at_the_end_of_a_text_with_no_final_line_ending_leaves_it_without_one()
    {
        var log = ConferenceLog.Parse("Talk / Ann(Org)\r\n- first");

        var edited = log.AddItem(log.Talks[0], NewNote("second"));

        edited.ToString().Should().Be("Talk / Ann(Org)\r\n- first\r\n- second");
    }

    [Fact]
    public void A_byte_order_mark_is_kept()
    {
        var log = ConferenceLog.Parse("\uFEFFTalk / Ann(Org)\n- first\n");

        var edited = log.ReplaceNode(log.Talks[0].Notes[0], log.Talks[0].Notes[0] with { Text = "changed" });

        edited.ToString().Should().Be("\uFEFFTalk / Ann(Org)\n- changed\n");
    }

    [Fact]
    public void Nested_notes_are_written_at_the_depth_of_their_neighbours()
    {
        var log = ConferenceLog.Parse("Talk / Ann(Org)\n* top\n    * child\n* second\n");
        var second = log.Talks[0].Notes[1];

        var once = log.ReplaceNode(second, second with { Children = ImmutableArray.Create(NewNote("under second")) });
        var edited = once.InsertNodeAfter(once.Talks[0].Notes[0].Children[0], NewNote("child two"));

        edited.ToString().Should().Be("Talk / Ann(Org)\n* top\n    * child\n    * child two\n* second\n    * under second\n");
    }
}
