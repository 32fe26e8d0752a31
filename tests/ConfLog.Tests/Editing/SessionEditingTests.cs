using System.Collections.Immutable;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Editing;

// Edits at the edges of a session: its header, the timestamp that opens it, its speakers.
public sealed class SessionEditingTests
{
    private static Model.Note NewNote(string text) => new(text, null, "-", 0, default, default, default);

    [Fact]
    public void A_note_added_to_a_talk_opened_by_a_timestamp_goes_below_its_header()
    {
        // The timestamp is the talk's first item, yet its line is above the header.
        var log = ConferenceLog.Parse("[2012-12-04 10:00]\nTalk / Ann(Org)\n");
        log.Talks[0].Items.Should().ContainSingle().Which.Should().BeOfType<Model.Timestamp>();

        var edited = log.AddItem(log.Talks[0], NewNote("first note"));

        edited.ToString().Should().Be("[2012-12-04 10:00]\nTalk / Ann(Org)\n- first note\n");
        edited.Talks[0].Notes.Should().ContainSingle().Which.Text.Should().Be("first note");
    }

    [Fact]
    public void A_note_inserted_before_the_first_goes_between_header_and_first_note()
    {
        var log = ConferenceLog.Parse("Talk / Ann(Org)\n・first\n");

        var edited = log.InsertNodeBefore(log.Talks[0].Notes[0], NewNote("zeroth"));

        edited.ToString().Should().Be("Talk / Ann(Org)\n・zeroth\n・first\n");
    }

    [Fact]
    public void One_of_two_speakers_removed_leaves_the_other_in_the_header()
    {
        var log = ConferenceLog.Parse("Talk / Ann(Org), Bob(Lab)\n- a note\n");

        var edited = log.RemoveNode(log.Talks[0].Speakers[1]);

        edited.ToString().Should().Be("Talk / Ann(Org)\n- a note\n");
    }

    [Fact]
    public void A_speaker_inserted_before_another_takes_the_headers_separator()
    {
        var log = ConferenceLog.Parse("Talk / Ann(Org)、Bob(Lab)\n");

        var edited = log.InsertNodeBefore(log.Talks[0].Speakers[0], new Model.Speaker("Cy", "Uni", default));

        edited.ToString().Should().Be("Talk / Cy(Uni)、Ann(Org)、Bob(Lab)\n");
        edited.Talks[0].Speakers.Should().HaveCount(3);
    }

    [Fact]
    public void A_speaker_with_no_affiliation_before_others_is_refused_since_it_would_read_as_the_last_ones()
    {
        // An affiliation written once after the last speaker is everyone's: "Cy、Ann(Org)、Bob(Lab)" gives Cy Bob's.
        var log = ConferenceLog.Parse("Talk / Ann(Org)、Bob(Lab)\n");

        var insert = () => log.InsertNodeBefore(log.Talks[0].Speakers[0], new Model.Speaker("Cy", null, default));

        insert.Should().Throw<System.ArgumentException>().WithMessage("Inserting the new speaker «Cy» before the speaker «Ann» at line 1 could not be written*");
    }

    [Fact]
    public void A_break_is_retitled_in_its_line()
    {
        var log = ConferenceLog.Parse("Talk / Ann(Org)\n- a note\n昼休憩\n- lunch\n");
        var lunch = log.Sessions[1];

        var edited = log.ReplaceNode(lunch, lunch with { Items = ImmutableArray<Model.SessionItem>.Empty });

        edited.ToString().Should().Be("Talk / Ann(Org)\n- a note\n昼休憩\n");
    }
}
