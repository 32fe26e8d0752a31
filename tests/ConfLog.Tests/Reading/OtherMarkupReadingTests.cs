using System.Linq;
using ConfLog.Model;
using ConfLog.Outline;
using ConfLog.Reading;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Reading;

// Markups the corpus does not hold, read by the same rules: org-mode, Hiki and RD notes give their days, talks and Q/A.
public sealed class OtherMarkupReadingTests
{
    [Fact]
    public void Org_notes_give_days_talks_speakers_handles_and_a_break()
    {
        const string text = "#+TITLE: Editor conf notes\n* Day 1\n** Literate config with babel - Sara Lind(@saralind)\n- tangle per host\n"
            + "- Q: does it work on Windows?\n  - A: mostly\n** Lunch\n** Writing a major mode by Tomás Rivera\n- font-lock\n* Day 2\n** Keynote: Hana Yoshida\n- history\n";
        var read = NotesReader.Read(text);

        read.Markup.Should().Be(NoteMarkup.Org);
        read.Days.Select(d => d.Text).Should().Equal("Day 1", "Day 2");
        read.Talks.Select(t => (t.Title, t.Speakers[0].Name, t.DayIndex)).Should().Equal(
            ("Literate config with babel", "Sara Lind", 0), ("Writing a major mode", "Tomás Rivera", 0), ("Keynote", "Hana Yoshida", 1));
        read.Talks[0].Speakers[0].Handle.Should().Be("@saralind");
        read.Talks[0].Exchanges.Should().ContainSingle();
        read.Breaks.Single().Text.Should().Be("Lunch");
    }

    [Fact]
    public void Hiki_notes_give_the_seed_form_bracketed_titles_and_nested_questions()
    {
        const string text = "! 勉強会メモ\n!! 6月4日\n!!! 型推論の話 / 中村太郎(京都大学)\n* 単一化の説明\n* 質疑応答\n** 再帰型は?\n*** 扱えない\n"
            + "!!! 休憩\n!!! 「証明支援系入門」小林\n* デモ\n";
        var read = NotesReader.Read(text);

        read.Markup.Should().Be(NoteMarkup.Hiki);
        read.Days.Single().Date.Should().Be("6月4日");
        read.Talks.Select(t => (t.Title, t.Speakers[0].Name)).Should().Equal(("型推論の話", "中村太郎"), ("証明支援系入門", "小林"));
        read.Talks[0].Exchanges.Should().ContainSingle();
        read.Breaks.Single().Text.Should().Be("休憩");
    }

    [Fact]
    public void Rd_notes_give_their_talks_under_days()
    {
        const string text = "= Ruby meetup\n== Day 1\n=== Fibers in practice by Ken Ota\n* hooks\n=== Ractor pitfalls by Yui Mori\n* sharing\n"
            + "== Day 2\n=== Keynote: Ana Costa\n* design\n";
        var read = NotesReader.Read(text);

        read.Markup.Should().Be(NoteMarkup.Rd);
        read.Talks.Select(t => (t.Title, t.Speakers[0].Name, t.DayIndex)).Should().Equal(
            ("Fibers in practice", "Ken Ota", 0), ("Ractor pitfalls", "Yui Mori", 0), ("Keynote", "Ana Costa", 1));
    }

    [Fact]
    public void A_Markdown_title_loses_its_escapes_and_emphasis_as_the_talks_titles_do()
    {
        var log = ConferenceLog.Parse("# PyCon JP 2019 \\- **Day 1**\n\n## Async in practice by Jane Roe\n- a note\n");

        log.Markup.Should().Be(NoteMarkup.Markdown);
        log.Event.Title.Should().Be("PyCon JP 2019 - Day 1");
        log.Talks.Single().Title.Should().Be("Async in practice");
    }

    [Fact]
    public void The_seeds_dialect_keeps_its_title_as_written()
    {
        var log = ConferenceLog.Parse("# Summit \\- 2012\nTalk / Ann(Acme)\n- a note\n");

        log.Event.Title.Should().Be("Summit \\- 2012");
    }

    [Fact]
    public void Hiki_headings_in_the_seeds_header_form_are_read_as_hiki_not_in_the_seeds_dialect()
    {
        var log = ConferenceLog.Parse("! Hiki conf\n!! Day 1\n!!! Fast parsing / Ann Lee(Acme)\n* a note\n* Q: why?\n** A: because\n"
            + "!!! Slow parsing / Bob Roe(Initech)\n* note\n");

        log.Markup.Should().Be(NoteMarkup.Hiki);
        log.Event.Title.Should().Be("Hiki conf");
        log.Talks.Select(t => (t.Title, t.Speakers[0].Name, t.Speakers[0].Affiliation)).Should().Equal(
            ("Fast parsing", "Ann Lee", "Acme"), ("Slow parsing", "Bob Roe", "Initech"));
        log.Talks[0].Exchanges.Should().ContainSingle().Which.Answers.Single().Text.Should().Be("because");
    }

    [Fact]
    public void A_heading_in_the_seeds_header_form_that_opens_with_its_time_gives_the_time_not_a_longer_title()
    {
        var log = ConferenceLog.Parse("# Conf 2019\n## 13:00-13:30 Fast parsing / Ann Lee\n- a note\n## 13:30-14:00 Slow parsing / Bob Roe\n- note\n");

        log.Talks.Select(t => (t.Title, t.Speakers[0].Name, t.StartTime, t.EndTime)).Should().Equal(
            ("Fast parsing", "Ann Lee", new System.TimeSpan(13, 0, 0), new System.TimeSpan(13, 30, 0)),
            ("Slow parsing", "Bob Roe", new System.TimeSpan(13, 30, 0), new System.TimeSpan(14, 0, 0)));
    }
}
