using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A bullet at the top that opens with a date ("2012-13-45", "2024/13/05", even "2024-1-5") means to date the event:
// when the grammar cannot read it as a header, it is reported (CL0008) from where the reading failed to the line's end.
// A bullet that only holds digits after a letter ("A380-800") is the notes' first line.
public sealed class DatedTopBulletTests
{
    [Fact]
    public void An_impossible_month_is_reported_from_the_month_to_the_end_of_the_line()
    {
        var log = ConferenceLog.Parse("- 2012-13-45 Hall\nTalk / Ann Lee(Acme)\n- a note\n");

        var diagnostic = log.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be(DiagnosticCodes.ImpossibleEventDate.Code);
        diagnostic.Span.Line.Should().Be(1);
        diagnostic.Span.Column.Should().Be(8);
        diagnostic.Span.Offset.Should().Be(7);
        diagnostic.Span.End.Should().Be("- 2012-13-45 Hall".Length);
        log.Event.Span.End.Should().Be("- 2012-13-45 Hall".Length, "the bullet is the event's, though unread");
    }

    [Fact]
    public void A_date_with_slashes_and_an_impossible_month_is_reported()
    {
        var log = ConferenceLog.Parse("- 2024/13/05 Hall\nTalk / Ann Lee(Acme)\n- a note\n");

        log.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ImpossibleEventDate.Code);
        log.Talks.Should().ContainSingle().Which.Title.Should().Be("Talk");
    }

    [Fact]
    public void A_date_of_eight_characters_with_a_one_digit_month_is_reported()
    {
        // "2024-1-5" is as short as a dated bullet gets: the grammar wants two digits in the month.
        var log = ConferenceLog.Parse("- 2024-1-5\nTalk / Ann Lee(Acme)\n- a note\n");

        var diagnostic = log.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be(DiagnosticCodes.ImpossibleEventDate.Code);
        diagnostic.Message.Should().StartWith("'- 2024-1-5' is not an event header");
        log.Event.Span.End.Should().Be("- 2024-1-5".Length);
    }

    [Fact]
    public void A_bullet_of_digits_after_a_letter_is_a_note_not_a_date()
    {
        var log = ConferenceLog.Parse("- A380-800 hangar tour\nTalk / Ann Lee(Acme)\n- a note\n");

        log.Diagnostics.Should().BeEmpty();
        log.Event.Span.Length.Should().Be(0);
        log.Sessions[0].Should().BeOfType<Interlude>().Which.Span.Line.Should().Be(1);
    }
}
