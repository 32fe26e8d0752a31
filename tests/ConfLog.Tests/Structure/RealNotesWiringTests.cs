using System;
using System.IO;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// What the reader of real notes decides, as ConferenceLog gives it: talks from Markdown and reStructuredText headings,
// speakers with handles, exchanges from a Q&A lead-in, days with their dates and talks, times from the headers.
public sealed class RealNotesWiringTests
{
    private const string Postgres = """
        # Postgres Conference 2019

        ## Day 1 - March 19

        ### Synergy: Teamwork makes the dream work by Zak Tedder

        - teams that talk ship
        - pair on migrations

        ## Day 2 - March 20

        ### Logical replication in practice by Sam Poe

        - slots fill the disk
        - Q&A
          - How do you monitor lag?
            - pg_stat_replication
            - alert at one minute
          - Does it work across versions?
            - yes, from 10 up
        """;

    private const string RustConf = """
        # RustConf 2025

        ## 9/3/2025

        ### Opening keynote 9:15am to 9:45am

        - welcome

        ### Scaling writes by Jane Roe @janeroe

        - shard by tenant
        """;

    private const string PyConMemo = """
        =============
         PyCon memo
        =============

        Keynote: Russel Keith-Magee
        ---------------------------
        * BeeWare
        * mobile Python

        Migrating Pinterest to Python 3
        -------------------------------
        * took two years
        """;

    [Fact]
    public void A_Markdown_talk_heading_with_by_Name_is_a_talk_by_that_speaker()
    {
        var log = ConferenceLog.Parse(Postgres);

        log.Markup.Should().Be(NoteMarkup.Markdown);
        var talk = log.Talks[0];
        talk.Title.Should().Be("Synergy: Teamwork makes the dream work");
        talk.Speakers.Should().ContainSingle().Which.Name.Should().Be("Zak Tedder");
        talk.Header.Line.Should().Be(5);
        talk.Notes.Select(n => n.Text).Should().Equal("teams that talk ship", "pair on migrations");
        var speaker = talk.Speakers[0];
        Postgres.Substring(speaker.Span.Offset, speaker.Span.Length).Should().Be("Zak Tedder", "the speaker's span is where the name is written");
        talk.Evidence.Should().Contain(e => e.Line == 5);
    }

    [Fact]
    public void The_event_keeps_its_first_heading_as_its_title()
    {
        ConferenceLog.Parse(Postgres).Event.Title.Should().Be("Postgres Conference 2019");
    }

    [Fact]
    public void An_RST_underlined_title_is_a_talk_whose_underline_stays_in_it()
    {
        var log = ConferenceLog.Parse(PyConMemo);

        log.Markup.Should().Be(NoteMarkup.ReStructuredText);
        log.Talks.Select(t => t.Title).Should().Equal("Keynote", "Migrating Pinterest to Python 3");
        var keynote = log.Talks[0];
        keynote.Speakers.Select(s => s.Name).Should().Equal("Russel Keith-Magee");
        keynote.Header.Line.Should().Be(5);
        keynote.Prose.Select(p => p.Text).First().Should().Be("---------------------------");
        keynote.Notes.Select(n => n.Text).Should().Equal("BeeWare", "mobile Python");
    }

    [Fact]
    public void A_QA_lead_in_with_nested_answers_gives_an_exchange_per_question_with_its_answers()
    {
        var talk = ConferenceLog.Parse(Postgres).Talks[1];

        talk.Exchanges.Should().HaveCount(2);
        var lag = talk.Exchanges[0];
        lag.Question!.Text.Should().Be("How do you monitor lag?");
        lag.Answers.Select(a => a.Text).Should().Equal("pg_stat_replication", "alert at one minute");
        lag.Question.Span.Line.Should().Be(16);
        lag.Answers.Select(a => a.Span.Line).Should().Equal(17, 18);
        lag.Question.TextSpan.ToString().Should().Be("How do you monitor lag?");
        lag.Span.Line.Should().Be(16);
        talk.Span.Covers(lag.Span).Should().BeTrue();
        talk.Exchanges[1].Answers.Select(a => a.Text).Should().Equal("yes, from 10 up");
    }

    [Fact]
    public void Day_headings_are_the_logs_days_each_with_its_talks()
    {
        var log = ConferenceLog.Parse(Postgres);

        log.Days.Select(d => d.Title).Should().Equal("Day 1 - March 19", "Day 2 - March 20");
        log.Days.Should().OnlyContain(d => d.Date == null, "no year is written, and none is invented");
        log.Days[0].Talks.Select(t => t.Title).Should().Equal("Synergy: Teamwork makes the dream work");
        log.Days[1].Talks.Select(t => t.Title).Should().Equal("Logical replication in practice");
        log.Days[0].Header.Line.Should().Be(3);
        log.Days[0].Span.Covers(log.Days[0].Talks[0].Span).Should().BeTrue();
        log.Sessions.OfType<Section>().Select(s => s.Title).Should().Equal("Day 1 - March 19", "Day 2 - March 20");
    }

    [Fact]
    public void A_dated_day_gives_its_talks_start_and_end_from_the_times_in_their_headers()
    {
        var log = ConferenceLog.Parse(RustConf);

        var day = log.Days.Should().ContainSingle().Subject;
        day.Date.Should().Be(new DateTime(2025, 9, 3));
        var keynote = log.Talks[0];
        keynote.Title.Should().Be("Opening keynote");
        keynote.Start.Should().Be(new DateTime(2025, 9, 3, 9, 15, 0));
        keynote.End.Should().Be(new DateTime(2025, 9, 3, 9, 45, 0));
        keynote.StartTime.Should().Be(new TimeSpan(9, 15, 0));
        keynote.Evidence.Should().Contain(e => e.Rule.Contains("time", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_with_no_date_known_is_a_time_of_day_only()
    {
        var log = ConferenceLog.Parse(RustConf.Replace("## 9/3/2025", "## Day one", StringComparison.Ordinal));

        var keynote = log.Talks.Single(t => t.Title == "Opening keynote");
        keynote.Start.Should().BeNull("no date is written for the day or the event");
        keynote.StartTime.Should().Be(new TimeSpan(9, 15, 0));
        keynote.EndTime.Should().Be(new TimeSpan(9, 45, 0));
    }

    [Fact]
    public void A_handle_after_the_name_is_the_speakers_handle_with_its_at_sign()
    {
        var talk = ConferenceLog.Parse(RustConf).Talks.Single(t => t.Title == "Scaling writes");

        var speaker = talk.Speakers.Should().ContainSingle().Subject;
        speaker.Name.Should().Be("Jane Roe");
        speaker.Handle.Should().Be("@janeroe");
        RustConf.Substring(speaker.Span.Offset, speaker.Span.Length).Should().Be("Jane Roe @janeroe");
    }

    [Fact]
    public void The_JSON_gives_the_markup_the_days_and_the_handles()
    {
        string json = ConferenceLog.Parse(RustConf).ToJson();

        json.Should().Contain("\"markup\": \"markdown\"").And.Contain("\"handle\": \"@janeroe\"").And.Contain("\"date\": \"2025-09-03\"");
    }

    [Fact]
    public void The_seed_keeps_its_own_reading_and_says_why()
    {
        var log = ConferenceLog.Parse(Seed.Text);

        log.Markup.Should().Be(NoteMarkup.Plain);
        log.MarkupReason.Should().Contain("seed's form");
        log.Days.Should().BeEmpty();
        // The talks' evidence is the seed's own rule, not the reader's.
        log.Talks.Should().OnlyContain(t => t.Evidence.Single().Rule == "talk header \"Title / Speaker\"" && t.Speakers.All(s => s.Handle == null));
    }

    [Fact]
    public void A_line_of_prose_holding_a_slash_among_many_headings_does_not_make_the_seeds_dialect()
    {
        string text = "# Notes\n\n## One\n\nsome text\n\n## Two\n\nread this / or that\n\n## Three talk by Ann Lee\n\n- x\n";

        var log = ConferenceLog.Parse(text);

        log.MarkupReason.Should().NotContain("seed's form");
    }

    [Fact]
    public void Streaming_a_text_in_a_markup_gives_what_parsing_gives()
    {
        var parsed = ConferenceLog.Parse(Postgres);
        var stream = ConferenceLog.Stream(new StringReader(Postgres));

        stream.ToList().Should().Equal(parsed.Sessions);
        stream.Event.Should().Be(parsed.Event);
    }
}
