using System;
using System.IO;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests;

// What a reader finds in six of the real notes files of Corpus/ (sources and licences in its README): talks, speakers,
// exchanges, days and the sections of minutes that hold no talk.
public sealed class CorpusFactsTests
{
    private const string Build2017 = "en-build2017-azure-qna.txt";
    private const string DjangoCon = "en-djangoconus2016-readability-daneah.txt";
    private const string PyGotham = "en-pygotham2017-loopbetter-daneah.txt";
    private const string Ponsyukey005 = "ja-ponsyukey-005-manami.txt";
    private const string Ponsyukey020 = "ja-ponsyukey-020-yokona.txt";
    private const string PyConMemo = "mixed-pyconus2019-takanory-memo.txt";

    private static readonly string[] DjangoConTopics = { "Ideas", "Structuring Code", "Naming Things", "The right tool for the right problem" };

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

    // pygotham 2017, "Loop Better": one talk, "# "Title" by [Name](url)", two "##" parts, Q: with A1: and A2:.

    [Fact]
    public void PyGotham_is_one_talk_by_Trey_Hunner_from_its_by_heading()
    {
        var log = Load(PyGotham);

        var talk = log.Sessions.Should().ContainSingle().Which.Should().BeOfType<Talk>().Subject;
        talk.Title.Should().Be("Loop Better");
        talk.Speakers.Select(s => s.Name).Should().Equal("Trey Hunner");
        talk.Header.Line.Should().Be(1);
        talk.Evidence.Should().NotBeEmpty();
        log.Markup.Should().Be(NoteMarkup.Markdown);
        log.Event.Title.Should().BeNull("the heading is the talk's");
        log.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void PyGotham_for_loops_holds_one_question_with_two_answers()
    {
        var talk = Load(PyGotham).Talks.Single();

        var exchange = talk.Exchanges.Should().ContainSingle().Subject;
        exchange.Question!.Text.Should().Be("How can we loop over an iterable without using a for loop?");
        exchange.Answers.Select(a => a.Text).Should().Equal(
            "You can use a while loop for sequences, but not for iterables in general",
            "Wrap iterables in an iterator (`iter`) and progress the iterator (`next()`)");
    }

    [Fact]
    public void PyGotham_keeps_the_opening_paragraph_and_the_iterator_notes_as_prose_of_the_talk()
    {
        var talk = Load(PyGotham).Talks.Single();

        talk.Prose.Select(p => p.Text).Should().Contain("Sequences are iterables that can be indexed numerically (lists, strings, etc.)")
            .And.Contain("Iterators are unidirectional and get \"used up\" when you go through them");
        talk.Items.OfType<Heading>().Select(h => h.Text).Should().Equal("for loops", "Notes about iterators");
    }

    // DjangoCon US 2016, "Readability": "# Readability", "## Trey Hunner", "###" headings, "*" bullets.

    [Fact]
    public void DjangoCon_is_the_talk_Readability_with_its_speaker_from_the_heading_below()
    {
        var log = Load(DjangoCon);

        var talk = log.Talks.Should().ContainSingle().Subject;
        talk.Title.Should().Be("Readability");
        talk.Speakers.Select(s => s.Name).Should().Equal("Trey Hunner");
        talk.Speakers[0].Span.Line.Should().Be(2, "the speaker is the heading under the title");
        log.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void DjangoCon_keeps_its_topics_as_headings_inside_the_talk()
    {
        var talk = Load(DjangoCon).Talks.Single();

        var headings = talk.Items.OfType<Heading>().Where(h => h.Level == 3).ToList();
        headings.Select(h => h.Text).Should().StartWith(DjangoConTopics);
    }

    [Fact]
    public void DjangoCon_reads_its_star_bullets_as_notes_nested_by_four_spaces()
    {
        var log = Load(DjangoCon);
        var notes = log.Sessions.SelectMany(s => s.Notes).ToList();

        notes.Should().HaveCount(8 + 4 + 6 + 2 + 1);
        notes[0].Text.Should().Be("makes lives easier");
        var lineLength = notes.Single(n => n.Text == "line length is a human limitation, not a technical one");
        lineLength.Children.Select(c => c.Text).Should().Equal(
            "think about text width rather than line length for readability",
            "short lines aren't the end goal!");
        notes[^1].Text.Should().Be("Unneeded parens around right hand side \u2013 for readability?");
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
    public void Build2017_is_one_panel_talk_with_its_two_speakers_from_the_bullets_under_it()
    {
        var log = Load(Build2017);

        log.Event.Title.Should().BeNull();
        log.Event.Date.Should().BeNull();
        var talk = log.Sessions.Should().ContainSingle().Which.Should().BeOfType<Talk>().Subject;
        talk.Title.Should().Be("Open Q&A on Azure");
        talk.Speakers.Select(s => s.Name).Should().Equal("Mark Russinovich", "Corey Sanders");
        talk.Speakers.Select(s => s.Span.Line).Should().Equal(2, 4);
        var notes = talk.Descendants<Note>().ToList();
        notes.Single(n => n.Text == "Mark Russinovich").Children.Should().ContainSingle().Which.Text.Should().Be("CTO of Azure");
        notes.Single(n => n.Text == "Corey Sanders").Children.Should().ContainSingle().Which.Label.Should().Be("Product Owner for");
    }

    [Fact]
    public void Build2017_pairs_the_audience_questions_under_Questions_with_the_answers_nested_under_each()
    {
        var talk = Load(Build2017).Talks.Single();

        talk.Exchanges.Count(e => e.Answers.Length > 0).Should().Be(19);
        talk.Exchanges[0].Question!.Text.Should().Be("ElasticDB for Azure SQL.  Similar feature (multi-tenant) for Azure Search?");
        talk.Exchanges[0].Answers.Select(a => a.Text).Should().Equal(
            "No plans but interested.  ElasticDB has been great success.", "Multi-tenant is great.  Need to see it to catchupa");
        talk.Exchanges[1].Question!.Text.Should().Be("Cloud heavily relied on operations.  What is SRE model?");
    }

    [Fact]
    public void Build2017_reads_its_three_bulleted_Q_lines_as_questions_no_answer_follows()
    {
        var log = Load(Build2017);

        log.Diagnostics.Select(d => (d.Code, d.Severity, d.Span.Line)).Should().Equal(
            ("CL0004", DiagnosticSeverity.Info, 49), ("CL0004", DiagnosticSeverity.Info, 55), ("CL0004", DiagnosticSeverity.Info, 70));
        log.Talks.Single().Exchanges.Where(e => e.Answers.IsEmpty).Select(e => e.Question!.Text).Should().Equal(
            "App Insights are painpoint.", "We have 20 servers that need the crypto-card.", "Currently 1 yr behind.");
    }

    // PyCon US 2019 memo: reStructuredText, one underlined heading per day and per talk.

    [Fact]
    public void PyCon_memo_is_read_as_reStructuredText_with_a_day_per_May_heading()
    {
        var log = Load(PyConMemo);

        log.Markup.Should().Be(NoteMarkup.ReStructuredText);
        log.MarkupReason.Should().Contain("underlined titles");
        log.Days.Select(d => d.Title).Should().Equal("May 2", "May 3", "May 4", "May 5", "May 6");
        log.Days[1].Talks.Select(t => t.Title).Should().Contain("Keynote");
        log.Days.SelectMany(d => d.Talks).Should().OnlyContain(t => log.Talks.Contains(t));
        log.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void PyCon_memo_keeps_each_RST_heading_and_its_underline_in_the_session_it_opens()
    {
        var log = Load(PyConMemo);

        var keynote = log.Talks.Single(t => t.Header.Line == 51);
        keynote.Title.Should().Be("Keynote");
        keynote.Speakers.Select(s => s.Name).Should().Equal("Russel Keith-Magee");
        keynote.Prose.Select(p => p.Text).First().Should().Be("---------------------------");
        keynote.Span.Line.Should().Be(51);
    }

    [Fact]
    public void PyCon_memo_still_reads_its_star_bullets_as_notes_with_their_links()
    {
        var notes = Load(PyConMemo).AllNodes().OfType<Note>().ToList();

        notes.Select(n => n.Text).Should().Contain("Thank Yous").And.Contain("Development Sprints").And.Contain("Packaging Summitに参加");
        notes.Single(n => n.Text == "https://beeware.org/").Links.Single().Url.Should().Be("https://beeware.org/");
        notes.Should().OnlyContain(n => n.Marker == "*");
    }

    [Fact]
    public void PyCon_memo_nests_the_bullets_it_sets_apart_from_their_parent_by_a_blank_line()
    {
        var notes = Load(PyConMemo).AllNodes().OfType<Note>().ToList();

        notes.Single(n => n.Text == "Swag Bags").Children.Select(c => c.Text).Should().Equal("Digi-Key", "T-shirts");
        notes.Single(n => n.Text == "BeeWareプロジェクト").Children.Select(c => c.Text).Should().Contain("https://beeware.org/");
    }

    private static ConferenceLog Load(string name) => ConferenceLog.Load(Corpus.PathOf(name));

    private static Section SectionOf(ConferenceLog log, string title) =>
        log.Sessions.OfType<Section>().Single(s => s.Title == title);
}
