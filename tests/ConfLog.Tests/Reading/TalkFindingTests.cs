using System.Linq;
using ConfLog.Reading;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Reading;

// Which headings are talks is decided per document from evidence; days, groups, sections and breaks are told by form.
public sealed class TalkFindingTests
{
    [Fact]
    public void Talks_are_found_at_the_level_with_the_evidence_under_days_and_a_title()
    {
        const string text = "# DevConf 2024\n\n## Day 1\n\n### Opening the box by Ana Ruiz\n\n* notes\n\n#### Caveats\n\n* more\n\n"
            + "### Lunch\n\n### Closing the box by Ben Ode\n\n* notes\n\n## Day 2\n\n### Keys and locks by Chen Li\n\n* notes\n";
        var read = NotesReader.Read(text);

        read.Talks.Select(t => (t.Title, t.Line)).Should().Equal(("Opening the box", 5), ("Closing the box", 15), ("Keys and locks", 21));
        read.Days.Select(d => d.Text).Should().Equal("Day 1", "Day 2");
        read.Talks.Select(t => t.DayIndex).Should().Equal(0, 0, 1);
        read.Breaks.Should().ContainSingle().Which.Text.Should().Be("Lunch");
        read.Sections.Should().Contain(s => s.Text == "Caveats" && s.Role == HeadingRole.Subsection);
        read.Sections.Should().Contain(s => s.Text == "DevConf 2024" && s.Role == HeadingRole.Title);
    }

    [Fact]
    public void Times_in_headers_are_evidence_and_give_the_start_and_end()
    {
        var read = NotesReader.Read("## 9/3/2025\n\n### Async in practice 9:15am to 9:45am\n\n* notes\n\n### Embedded Rust 1:30pm \\- 2:10pm\n\n* notes\n");

        read.Days.Single().Date.Should().Be("9/3/2025");
        read.Talks.Select(t => (t.Title, t.Start, t.End)).Should().Equal(("Async in practice", "09:15", "09:45"), ("Embedded Rust", "13:30", "14:10"));
    }

    [Fact]
    public void Sections_such_as_introduction_and_summary_are_not_talks()
    {
        var read = NotesReader.Read("# はじめに\n\n本文\n\n# Fast tests\n\n- 発表者: Ken Oda\n\n# Slow tests\n\n- 発表者: Mia Wu\n\n# まとめ\n\n楽しかった\n");

        read.Talks.Select(t => t.Title).Should().Equal("Fast tests", "Slow tests");
        read.Sections.Select(s => s.Text).Should().Contain("はじめに").And.Contain("まとめ");
    }

    [Fact]
    public void Headings_under_a_group_are_talks_even_with_no_speaker()
    {
        var read = NotesReader.Read("# セッション\n\n## 型で設計する\n\n本文\n\n## 並行処理入門\n\n本文\n\n## 懇親会\n\n楽しかった\n");

        read.Talks.Select(t => t.Title).Should().Equal("型で設計する", "並行処理入門");
        read.Breaks.Single().Text.Should().Be("懇親会");
    }

    [Fact]
    public void The_top_level_bullets_under_a_lightning_talk_heading_are_talks()
    {
        var read = NotesReader.Read("Lightning Talks\n===============\n\n* Game jams for beginners\n\n  * fun\n* 配列の話(Akira)\n* 佐藤さん\n");

        read.Talks.Select(t => (t.Title, t.Line)).Should().Equal(("Game jams for beginners", 4), ("配列の話", 7), (null, 8));
        read.Talks[1].Speakers.Single().Name.Should().Be("Akira");
        read.Talks[2].Speakers.Single().Name.Should().Be("佐藤");
    }

    [Fact]
    public void A_heading_over_a_lightning_talk_list_is_the_title_not_a_talk()
    {
        var read = NotesReader.Read("# Rust meetup\n\n## LT\n\n- Macros by example by Ada Brooks\n  - hygiene\n- 「所有権の話」佐藤さん\n");

        read.Talks.Select(t => t.Title).Should().Equal("Macros by example", "所有権の話");
        read.Sections.Should().Contain(s => s.Text == "Rust meetup" && s.Role == HeadingRole.Title);
    }

    [Fact]
    public void Minutes_with_only_sections_have_no_talk()
    {
        var read = NotesReader.Read("# 第3回 定例会 2021/05/09 14:00-17:00\n\n## 参加者\n\n- あや\n- ゆき\n\n## 議題\n\n- API設計\n\n## 感想\n\n- 疲れた\n");

        read.Talks.Should().BeEmpty();
    }

    [Fact]
    public void A_bullet_outline_whose_first_bullet_has_names_under_it_is_one_session_with_its_questions()
    {
        var read = NotesReader.Read("* Open Q&A on storage\n    * Lee Harmon\n    * Nadia Costa\n* Questions\n  * Can we encrypt at rest?\n    * Yes, by default\n");

        var talk = read.Talks.Single();
        talk.Title.Should().Be("Open Q&A on storage");
        talk.Speakers.Select(s => s.Name).Should().Equal("Lee Harmon", "Nadia Costa");
        talk.Exchanges.Should().ContainSingle();
    }

    [Fact]
    public void Every_talk_keeps_the_evidence_that_made_it_a_talk()
    {
        var talk = NotesReader.Read("## Fast builds by Lucia Moretti\n\n* notes\n").Talks.Single();

        talk.Evidence.Select(e => e.Rule).Should().Contain("header form Title by Name");
        talk.Evidence.Should().OnlyContain(e => e.Line == 1 || e.Line == 0);
    }
}
