using System;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// Where the event's title, date, hours and venue come from: a header line of the seed's form first, then the title,
// then (off the seed's path only) the metadata lines the reader of real notes found.
public sealed class EventFactSourceTests
{
    [Fact]
    public void A_header_lines_date_and_hours_win_over_those_of_the_title()
    {
        // The title names the day the notes were typed up; the header line, the day of the event.
        var log = ConferenceLog.Parse("# DevConf 2024-05-02 09:00-18:00\n- 2024-05-01 Hall 10:00-17:00\n\nTalk / Ann Lee(Acme)\n- a note\n");

        log.Event.Date.Should().Be(new DateTime(2024, 5, 1));
        log.Event.Start.Should().Be(new TimeSpan(10, 0, 0));
        log.Event.End.Should().Be(new TimeSpan(17, 0, 0));
        log.Event.Venue.Should().Be("Hall");
    }

    [Fact]
    public void A_header_line_describes_the_event_alone_its_missing_venue_and_hours_are_not_taken_from_metadata_lines()
    {
        var log = ConferenceLog.Parse("# RustConf 2025\n- 2025-09-02\n- Date: 2025-09-02 10:00-17:00\n- Venue: Seattle Convention Center\n\n"
            + "## Keynote\n\nSome notes.\n\n## Async Rust in practice\n\nMore notes.\n");

        log.ReadInSeedDialect.Should().BeFalse();
        log.Event.Date.Should().Be(new DateTime(2025, 9, 2));
        log.Event.Venue.Should().BeNull();
        log.Event.Start.Should().BeNull();
        log.Event.End.Should().BeNull();
        log.Event.Labels.Select(l => l.Name).Should().Equal("Date", "Venue");
    }

    [Fact]
    public void With_no_header_line_a_metadata_line_gives_the_venue_and_hours()
    {
        var log = ConferenceLog.Parse("# RustConf 2025\n- Date: 2025-09-02 10:00-17:00\n- Venue: Seattle Convention Center\n\n"
            + "## Keynote\n\nSome notes.\n\n## Async Rust in practice\n\nMore notes.\n");

        log.Event.Date.Should().Be(new DateTime(2025, 9, 2));
        log.Event.Venue.Should().Be("Seattle Convention Center");
        log.Event.Start.Should().Be(new TimeSpan(10, 0, 0));
        log.Event.End.Should().Be(new TimeSpan(17, 0, 0));
    }

    [Fact]
    public void A_title_date_written_against_a_word_is_kept_when_no_metadata_line_dates_the_event()
    {
        // "勉強会2020/08/16": the line grammar reads the date after the last letter; a search for a date at a word's start
        // does not, and must not undo it.
        var log = ConferenceLog.Parse("# API設計勉強会2020/08/16 14:00-17:00\n\n## 基調講演\n\nメモ。\n\n## REST と GraphQL\n\nメモ。\n");

        log.ReadInSeedDialect.Should().BeFalse();
        log.Event.Date.Should().Be(new DateTime(2020, 8, 16));
        log.Event.Start.Should().Be(new TimeSpan(14, 0, 0));
    }

    [Fact]
    public void A_title_date_the_line_grammar_does_not_read_comes_before_a_metadata_lines_date()
    {
        // The title dates the day these notes are of; the metadata line, the whole conference.
        var log = ConferenceLog.Parse("# SmashingConf NY Day 2 - 10/8/2024\n- Dates: October 7-9, 2024\n\n## Keynote\n\nNotes.\n\n## CSS in 2024\n\nNotes.\n");

        log.Event.Date.Should().Be(new DateTime(2024, 10, 8));
    }

    [Fact]
    public void The_seeds_dialect_reads_only_the_line_grammars_dates_in_a_title()
    {
        // The seed's dialect reads as it always did: "10/8/2024" is not one of its dates.
        var seed = ConferenceLog.Parse("# SmashingConf 2024 - 10/8/2024\n\nTalk / Ann Lee(Acme)\n- a note\n");
        var notes = ConferenceLog.Parse("# SmashingConf 2024 - 10/8/2024\n\n## Keynote\n\nNotes.\n\n## CSS in 2024\n\nNotes.\n");

        seed.ReadInSeedDialect.Should().BeTrue();
        seed.Event.Date.Should().BeNull();
        notes.Event.Date.Should().Be(new DateTime(2024, 10, 8));
    }

    [Fact]
    public void The_seeds_dialect_keeps_a_titles_emphasis_as_written()
    {
        var log = ConferenceLog.Parse("# **RustConf** 2025\n\nTalk / Ann Lee(Acme)\n- a note\n");

        log.ReadInSeedDialect.Should().BeTrue();
        log.Event.Title.Should().Be("**RustConf** 2025");
    }

    [Fact]
    public void A_Markdown_title_off_the_seeds_path_reads_without_its_emphasis()
    {
        var log = ConferenceLog.Parse("# **RustConf** 2025\n\n## Keynote\n\nNotes.\n\n## Async\n\nNotes.\n");

        log.Markup.Should().Be(NoteMarkup.Markdown);
        log.Event.Title.Should().Be("RustConf 2025");
    }

    [Fact]
    public void An_org_documents_first_heading_is_the_events_title()
    {
        var log = ConferenceLog.Parse(OrgTalks);

        log.Markup.Should().Be(NoteMarkup.Org);
        log.Event.Title.Should().Be("EmacsConf 2024");
    }

    [Fact]
    public void An_org_heading_below_an_event_header_line_is_not_the_events_title()
    {
        // The header line, of the seed's form, describes the event, and the seed's event has a title only in a "# " line.
        var log = ConferenceLog.Parse("- 2024-12-07 Online\n" + OrgTalks);

        log.Markup.Should().Be(NoteMarkup.Org);
        log.Event.Title.Should().BeNull();
        log.Event.Date.Should().Be(new DateTime(2024, 12, 7));
        log.Event.Venue.Should().Be("Online");
        log.Talks.Select(t => t.Title).Should().Equal("Literate config with babel", "Writing a major mode");
    }

    [Fact]
    public void Talks_forced_into_org_with_no_org_heading_leave_the_event_untitled()
    {
        var log = ConferenceLog.Parse("Talk / Ann Lee(Acme)\n- a note\n", ConfLogOptions.Default with { Markup = NoteMarkup.Org });

        log.Markup.Should().Be(NoteMarkup.Org);
        log.Event.Title.Should().BeNull();
        log.Talks.Should().ContainSingle().Which.Title.Should().Be("Talk");
    }

    private const string OrgTalks = "* EmacsConf 2024\n** Literate config with babel - Sara Lind(@saralind)\n- tangle per host\n"
        + "** Writing a major mode by Tomás Rivera\n- font-lock\n";
}
