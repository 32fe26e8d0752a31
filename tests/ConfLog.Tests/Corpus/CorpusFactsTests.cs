using System;
using System.IO;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests;

// What a reader finds in each of the six real notes files of Corpus/ (sources and licences in its README),
// where ConfLog supports their dialect; and, where it does not, what it does give instead.
public sealed class CorpusFactsTests
{
    private const string Build2017 = "en-build2017-azure-qna.txt";
    private const string DjangoCon = "en-djangoconus2016-readability-daneah.txt";
    private const string PyGotham = "en-pygotham2017-loopbetter-daneah.txt";
    private const string Ponsyukey005 = "ja-ponsyukey-005-manami.txt";
    private const string Ponsyukey020 = "ja-ponsyukey-020-yokona.txt";
    private const string PyConMemo = "mixed-pyconus2019-takanory-memo.txt";

    public static TheoryData<string> Files => new() { Build2017, DjangoCon, PyGotham, Ponsyukey005, Ponsyukey020, PyConMemo };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_loads_without_an_exception_and_saves_back_byte_for_byte(string name)
    {
        ConferenceLog? log = null;
        var load = () => log = ConferenceLog.Load(Corpus.PathOf(name));

        load.Should().NotThrow();
        using var saved = new MemoryStream();
        log!.Save(saved);
        saved.ToArray().Should().Equal(Corpus.Bytes(name));
        log.ToString().Should().Be(Corpus.Text(name));
    }

    // pygotham 2017, "Loop Better": a "# Title" event, two "##" sections, Q: with A1: and A2:.

    [Fact]
    public void PyGotham_has_the_talk_as_its_event_title_and_two_sections()
    {
        var log = Load(PyGotham);

        log.Event.Title.Should().Be("\"Loop Better\" by [Trey Hunner](https://www.twitter.com/treyhunner)");
        log.Event.Date.Should().BeNull();
        log.Sessions.OfType<Section>().Select(s => s.Title).Should().Equal("for loops", "Notes about iterators");
        log.Talks.Should().BeEmpty();
        log.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void PyGotham_for_loops_holds_one_question_with_two_answers()
    {
        var section = SectionOf(Load(PyGotham), "for loops");

        var exchange = section.Exchanges.Should().ContainSingle().Subject;
        exchange.Question!.Text.Should().Be("How can we loop over an iterable without using a for loop?");
        exchange.Answers.Select(a => a.Text).Should().Equal(
            "You can use a while loop for sequences, but not for iterables in general",
            "Wrap iterables in an iterator (`iter`) and progress the iterator (`next()`)");
    }

    [Fact]
    public void PyGotham_keeps_the_opening_paragraph_and_the_iterator_notes_as_prose()
    {
        var log = Load(PyGotham);

        var opening = log.Sessions[0].Should().BeOfType<Interlude>().Subject;
        opening.Prose.Select(p => p.Text).Should().HaveCount(2).And.Contain("Sequences are iterables that can be indexed numerically (lists, strings, etc.)");
        var notes = SectionOf(log, "Notes about iterators");
        notes.Prose.Should().HaveCount(5);
        notes.Prose[0].Text.Should().Be("Iterators are unidirectional and get \"used up\" when you go through them");
    }

    // DjangoCon US 2016, "Readability": "# Readability", "## Trey Hunner", "###" headings, "*" bullets.

    [Fact]
    public void DjangoCon_is_titled_Readability_with_the_speaker_as_its_one_section()
    {
        var log = Load(DjangoCon);

        log.Event.Title.Should().Be("Readability");
        var section = log.Sessions.Should().ContainSingle().Which.Should().BeOfType<Section>().Subject;
        section.Title.Should().Be("Trey Hunner");
        section.Level.Should().Be(2);
        log.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void DjangoCon_keeps_its_five_topics_as_headings_inside_the_section()
    {
        var section = SectionOf(Load(DjangoCon), "Trey Hunner");

        var headings = section.Items.OfType<Heading>().ToList();
        headings.Select(h => h.Text).Should().Equal("Ideas", "Structuring Code", "Naming Things", "The right tool for the right problem", "Questions");
        headings.Should().OnlyContain(h => h.Level == 3);
    }

    [Fact]
    public void DjangoCon_reads_its_star_bullets_as_notes_nested_by_four_spaces()
    {
        var section = SectionOf(Load(DjangoCon), "Trey Hunner");

        section.Notes.Should().HaveCount(8 + 4 + 6 + 2 + 1);
        section.Notes[0].Text.Should().Be("makes lives easier");
        var lineLength = section.Notes.Single(n => n.Text == "line length is a human limitation, not a technical one");
        lineLength.Children.Select(c => c.Text).Should().Equal(
            "think about text width rather than line length for readability",
            "short lines aren't the end goal!");
        section.Notes[^1].Text.Should().Be("Unneeded parens around right hand side \u2013 for readability?");
    }

    // Ponsyukey #5: a "# Title" with date and hours, "##" sections, "###"/"####" headings, "-" bullets by two spaces.

    [Fact]
    public void Ponsyukey_5_takes_its_date_and_hours_from_the_title()
    {
        var ev = Load(Ponsyukey005).Event;

        ev.Title.Should().Be("第5回 API設計 2020/08/16 14:00-17:00");
        ev.Date.Should().Be(new DateTime(2020, 8, 16));
        ev.Start.Should().Be(new TimeSpan(14, 0, 0));
        ev.End.Should().Be(new TimeSpan(17, 0, 0));
    }

    [Fact]
    public void Ponsyukey_5_has_its_six_second_level_headings_as_sections()
    {
        var log = Load(Ponsyukey005);

        log.Sessions.OfType<Section>().Select(s => s.Title).Should().Equal(
            "議事録作成者", "参加者(敬称略)", "議題にしたいこと or 前回の next action", "議事内容", "next action(タスク洗い出し)", "議事録作成者の感想ひとこと");
        log.Sessions[0].Should().BeOfType<Interlude>().Which.Links.Select(l => l.Url).Should().Contain("https://javajo.doorkeeper.jp/events/109591");
        SectionOf(log, "議事録作成者").Prose.Should().ContainSingle().Which.Text.Should().Be("まなみ");
        log.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Ponsyukey_5_lists_eleven_participants_and_a_nested_agenda()
    {
        var log = Load(Ponsyukey005);

        var participants = SectionOf(log, "参加者(敬称略)").Notes;
        participants.Should().HaveCount(11);
        participants[0].Text.Should().Be("aya");
        participants[^1].Text.Should().Be("まなみ");
        var agenda = SectionOf(log, "議題にしたいこと or 前回の next action").Notes;
        agenda.Select(n => n.Text).Should().Equal("アイスブレイク", "前回のおさらい", "JSフレームワーク調査報告", "API設計");
        agenda[0].Children.Select(c => c.Text).Should().Equal("名前", "エンジニア的近況報告", "この夏にやりたかったこと");
        agenda[2].Children.Should().ContainSingle().Which.Text.Should().Be("にしぐちさんお願いします！");
    }

    [Fact]
    public void Ponsyukey_5_keeps_the_deeper_headings_of_the_minutes_inside_their_section()
    {
        var minutes = SectionOf(Load(Ponsyukey005), "議事内容");

        minutes.Items.OfType<Heading>().Select(h => (h.Text, h.Level)).Should().StartWith(new[]
        {
            ("JSフレームワーク調査報告", 3), ("API設計", 3), ("必要そうなAPIの洗い出し", 4), ("API仕様作成手順", 4), ("会員登録APIの設計", 4),
        });
        var vsCode = minutes.Notes.Single(n => n.Text == "Visual Studio Codeの拡張機能もあるよ。");
        vsCode.Children.Select(c => c.Text).Should().Equal("OpenAPI(Swagger)Editor", "Swagger Viewer");
    }

    [Fact]
    public void Ponsyukey_5_reads_a_line_at_a_bullets_own_indentation_as_that_bullets_continuation()
    {
        var minutes = SectionOf(Load(Ponsyukey005), "議事内容");

        var official = minutes.Notes.Single(n => n.Text == "OpenAPI 公式資料");
        var whatIs = official.Children.Should().ContainSingle().Subject;
        whatIs.Text.Should().StartWith("What Is OpenAPI?\nhttps://swagger.io/docs/specification/about/\nOpenAPIは、");
        whatIs.Links.Select(l => l.Url).Should().Equal("https://swagger.io/docs/specification/about/");
        var convert = minutes.Notes.Single(n => n.Text.StartsWith("デフォルトのSwagger Petstore は", StringComparison.Ordinal));
        convert.Text.Split('\n').Should().HaveCount(3);
        var references = minutes.Notes.Single(n => n.Text == "参考資料");
        references.Children.Select(c => c.Links.Single().Url).Should().Equal(
            "https://qiita.com/teinen_qiita/items/e440ca7b1b52ec918f1b", "https://girigiribauer.com/tech/20190318/");
    }

    // Ponsyukey #20: the same dialect, nesting by four spaces, labelled bullets with ASCII colons.

    [Fact]
    public void Ponsyukey_20_has_its_date_hours_and_seven_sections()
    {
        var log = Load(Ponsyukey020);

        log.Event.Date.Should().Be(new DateTime(2021, 12, 19));
        log.Event.Start.Should().Be(new TimeSpan(14, 0, 0));
        log.Event.End.Should().Be(new TimeSpan(17, 0, 0));
        log.Sessions.OfType<Section>().Select(s => s.Title).Should().Equal(
            "議事録作成者", "参加者(敬称略)", "議題にしたいこと or 前回の next action", "議事内容", "今回の成果", "next action(タスク洗い出し)", "議事録作成者の感想ひとこと");
        SectionOf(log, "参加者(敬称略)").Notes.Select(n => n.Text).Should().Equal("まーや", "あや", "ちあき", "らみぃ", "ろぼ");
        log.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Ponsyukey_20_nests_the_labelled_conclusion_reason_and_reference_under_the_result_code_discussion()
    {
        var minutes = SectionOf(Load(Ponsyukey020), "議事内容");

        minutes.Notes.Should().HaveCount(4);
        var resultCode = minutes.Notes.Single(n => n.Text.StartsWith("resultCodeの仕様を考えた", StringComparison.Ordinal));
        resultCode.Children.Select(c => c.Label).Should().Equal("結論", "理由", "補足", "参考");
        resultCode.Children[3].Links.Select(l => l.Url).Should().Equal(
            "https://qiita.com/suin/items/f7ac4de914e9f3f35884", "https://developer.ntt.com/ja/blog/6f5aa9be-7135-496a-9019-208a1562ad66");
        minutes.Notes[0].Links.Select(l => l.Url).Should().Equal("https://github.com/java-women/Ponsyukey/pull/25");
        minutes.Notes[0].Children.Should().HaveCount(2);
    }

    // Build 2017, open Q&A on Azure: no header, "*" bullets nested by two and four spaces, questions as bullets.

    [Fact]
    public void Build2017_is_one_interlude_of_nested_bullets_with_no_event()
    {
        var log = Load(Build2017);

        log.Event.Title.Should().BeNull();
        log.Event.Date.Should().BeNull();
        log.Sessions.Should().ContainSingle().Which.Should().BeOfType<Interlude>();
        var panel = log.Sessions[0].Notes[0];
        panel.Text.Should().Be("Open Q&A on Azure");
        panel.Children.Select(c => c.Text).Should().Equal("Mark Russinovich", "Corey Sanders");
        panel.Children[0].Children.Should().ContainSingle().Which.Text.Should().Be("CTO of Azure");
        panel.Children[1].Children.Should().ContainSingle().Which.Label.Should().Be("Product Owner for");
    }

    [Fact]
    public void Build2017_nests_the_audience_questions_and_their_answers_under_Questions()
    {
        var questions = Load(Build2017).Sessions[0].Notes[1];

        questions.Text.Should().Be("Questions");
        questions.Children.Take(2).Select(c => c.Text).Should().Equal(
            "ElasticDB for Azure SQL.  Similar feature (multi-tenant) for Azure Search?",
            "Cloud heavily relied on operations.  What is SRE model?");
        questions.Children[0].Children.Select(c => c.Text).Should().Equal(
            "No plans but interested.  ElasticDB has been great success.", "Multi-tenant is great.  Need to see it to catchupa");
        var stateful = questions.Descendants().OfType<Note>().Single(n => n.Text == "Support for stateful uS.");
        stateful.Children.Should().ContainSingle().Which.Text.Should().StartWith("Allow to focus on one-box exp.");
        questions.Descendants().OfType<Note>().Single(n => n.Label == "Actor Model").Text.Should().Be("OO uS. SF takes care of name resolution");
    }

    [Fact]
    public void Build2017_reads_its_three_bulleted_Q_lines_as_questions_no_answer_follows()
    {
        var log = Load(Build2017);

        log.Diagnostics.Select(d => (d.Code, d.Severity, d.Span.Line)).Should().Equal(
            ("CL0004", DiagnosticSeverity.Info, 49), ("CL0004", DiagnosticSeverity.Info, 55), ("CL0004", DiagnosticSeverity.Info, 70));
        log.Sessions[0].Exchanges.Select(e => e.Question!.Text).Should().Equal(
            "App Insights are painpoint.", "We have 20 servers that need the crypto-card.", "Currently 1 yr behind.");
    }

    // PyCon US 2019 memo: reStructuredText. Its "May 3" + "=====" headings are not read: they stay prose.

    [Fact]
    public void PyCon_memo_is_read_as_one_interlude_since_RST_headings_are_not_supported()
    {
        var log = Load(PyConMemo);

        log.Event.Title.Should().BeNull();
        log.Event.Date.Should().BeNull();
        log.Sessions.Should().ContainSingle().Which.Should().BeOfType<Interlude>();
        log.Talks.Should().BeEmpty();
        log.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void PyCon_memo_keeps_each_RST_heading_and_its_underline_as_two_lines_of_prose()
    {
        var prose = Load(PyConMemo).Sessions[0].Prose.Select(p => p.Text).ToList();

        prose.Should().ContainInOrder("US PyCon", "May 2", "=====", "May 3", "=====", "Keynote: Russel Keith-Magee", "---------------------------", "May 6", "=====");
        prose.Should().NotContain(text => text.StartsWith("* ", StringComparison.Ordinal));
    }

    [Fact]
    public void PyCon_memo_still_reads_its_star_bullets_as_notes_with_their_links()
    {
        var notes = Load(PyConMemo).Sessions[0].Descendants().OfType<Note>().ToList();

        notes.Select(n => n.Text).Should().Contain("Thank Yous").And.Contain("Development Sprints").And.Contain("Packaging Summitに参加");
        notes.Single(n => n.Text == "https://beeware.org/").Links.Single().Url.Should().Be("https://beeware.org/");
        notes.Should().OnlyContain(n => n.Marker == "*");
    }

    [Fact]
    public void PyCon_memo_nests_the_bullets_it_sets_apart_from_their_parent_by_a_blank_line()
    {
        var notes = Load(PyConMemo).Sessions[0].Descendants().OfType<Note>().ToList();

        notes.Single(n => n.Text == "Swag Bags").Children.Select(c => c.Text).Should().Equal("Digi-Key", "T-shirts");
        notes.Single(n => n.Text == "BeeWareプロジェクト").Children.Select(c => c.Text).Should().Contain("https://beeware.org/");
    }

    private static ConferenceLog Load(string name) => ConferenceLog.Load(Corpus.PathOf(name));

    private static Section SectionOf(ConferenceLog log, string title) =>
        log.Sessions.OfType<Section>().Single(s => s.Title == title);
}
