using System;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog parse seeds/bitvisor-summit-2012.txt --json`: the public JSON contract, read back with System.Text.Json.
public sealed class ParseJsonTests
{
    private static readonly Lazy<JsonElement> Seed = new(() =>
    {
        var run = Cli.Run("parse", Cli.SeedPath, "--json");
        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Error.Should().BeEmpty();
        using var document = JsonDocument.Parse(run.Output);
        return document.RootElement.Clone();
    });

    private static readonly string[] SessionFields = ["kind", "title", "speakers", "start", "startInferred", "end", "line", "header", "span", "evidence", "items", "exchanges"];

    // A talk also gives the times of day of its header.
    private static readonly string[] TalkFields = ["kind", "title", "speakers", "start", "startInferred", "end", "line", "startTime", "endTime", "header", "span", "evidence", "items", "exchanges"];

    private static JsonElement Root => Seed.Value;

    private static JsonElement Event => Root.GetProperty("event");

    private static JsonElement[] Sessions => Root.GetProperty("sessions").EnumerateArray().ToArray();

    private static JsonElement[] Talks => Sessions.Where(s => s.GetProperty("kind").GetString() == "talk").ToArray();

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    // The URLs of an array of links.
    private static string?[] Urls(JsonElement links) => links.EnumerateArray().Select(e => e.GetProperty("url").GetString()).ToArray();

    // A session's items of one kind, in order.
    private static JsonElement[] Items(JsonElement session, string kind) =>
        session.GetProperty("items").EnumerateArray().Where(item => item.GetProperty("kind").GetString() == kind).ToArray();

    private static int Line(JsonElement node, string span = "span") => node.GetProperty(span).GetProperty("line").GetInt32();

    // Version 1's readers, the corpus's scorer among them, find a talk by its "line" and count its "exchanges".
    [Fact]
    public void A_session_keeps_version_1s_line_of_its_header_and_its_exchanges_beside_its_items()
    {
        var twitVisor = Talks.Single(t => t.GetProperty("title").GetString() == "TwitVisor");

        twitVisor.GetProperty("line").GetInt32().Should().Be(218).And.Be(Line(twitVisor, "header"));
        twitVisor.GetProperty("exchanges").EnumerateArray().Select(e => Line(e))
            .Should().Equal(Items(twitVisor, "exchange").Select(e => Line(e))).And.HaveCount(2);
        Talks.Sum(t => t.GetProperty("exchanges").GetArrayLength()).Should().Be(23);
    }

    [Fact]
    public void The_json_exits_0_and_ends_with_a_newline()
    {
        var run = Cli.Run("parse", Cli.SeedPath, "--json");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().StartWith("{").And.EndWith("}\n");
    }

    [Fact]
    public void The_top_level_holds_the_version_event_sessions_and_diagnostics_in_that_order()
    {
        Root.GetProperty("version").GetInt32().Should().Be(2);
        Names(Root).Should().Equal("version", "event", "markup", "markupReason", "sessions", "days", "diagnostics");
    }

    [Fact]
    public void The_seed_is_read_as_plain_text_for_its_header_of_the_seeds_form_and_has_no_days()
    {
        Root.GetProperty("markup").GetString().Should().Be("plain");
        Root.GetProperty("markupReason").GetString().Should().Contain("seed's form").And.Contain("line 6");
        Root.GetProperty("days").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void The_event_has_the_contract_fields_with_iso_dates_and_null_for_the_absent_title()
    {
        Names(Event).Should().Equal("title", "date", "venue", "venueDetail", "start", "end", "links", "labels", "span");
        Line(Event).Should().Be(1);
        Event.GetProperty("title").ValueKind.Should().Be(JsonValueKind.Null);
        Event.GetProperty("date").GetString().Should().Be("2012-12-04");
        Event.GetProperty("venue").GetString().Should().Be("筑波大学");
        Event.GetProperty("venueDetail").GetString().Should().Be("茗荷谷");
        Event.GetProperty("start").GetString().Should().Be("10:10");
        Event.GetProperty("end").GetString().Should().Be("17:50");
        Urls(Event.GetProperty("links")).Should().Equal("http://www.bitvisor.org/summit/");
    }

    [Fact]
    public void The_event_label_is_an_object_with_label_and_text()
    {
        var labels = Event.GetProperty("labels").EnumerateArray().ToArray();

        labels.Should().ContainSingle();
        Names(labels[0]).Should().Equal("label", "text", "span");
        Line(labels[0]).Should().Be(3);
        labels[0].GetProperty("label").GetString().Should().Be("資料");
        labels[0].GetProperty("text").GetString().Should().Be("そのうち公開されるはず...");
    }

    [Fact]
    public void The_sessions_come_in_source_order_interlude_three_talks_interlude_break_seven_talks_interlude()
    {
        Sessions.Select(s => s.GetProperty("kind").GetString()).Should().Equal(
            "interlude", "talk", "talk", "talk", "interlude", "break",
            "talk", "talk", "talk", "talk", "talk", "talk", "talk", "interlude");
        // A session starts at the timestamp written just before its header, when there is one (lines 64, 119...).
        Sessions.Select(s => Line(s)).Should().Equal(
            4, 6, 24, 64, 89, 90, 95, 119, 133, 154, 181, 198, 217, 230);
        Sessions.Select(s => s.GetProperty("header").ValueKind == JsonValueKind.Null ? 0 : Line(s, "header")).Should().Equal(
            0, 6, 24, 65, 0, 90, 95, 120, 134, 154, 182, 199, 218, 0);
    }

    [Fact]
    public void Every_session_has_the_contract_fields_in_order()
    {
        foreach (var session in Sessions)
        {
            Names(session).Should().Equal(session.GetProperty("kind").GetString() == "talk" ? TalkFields : SessionFields);
        }
    }

    [Theory]
    [InlineData(0, "BitVisorの現状と今後", "品川高廣", "東京大学", "2012-12-04T10:10", "2012-12-04T10:40", 6)]
    [InlineData(1, "準パススルー型VMM開発の難しいところ", "榮樂英樹", "イーゲル", "2012-12-04T10:40", "2012-12-04T11:34", 24)]
    [InlineData(2, "BitVisorをベースとした既存Windowsのドライバメモリ保護", "須崎有康", "産業技術総合研究所", "2012-12-04T11:36", "2012-12-04T12:09", 65)]
    [InlineData(3, "Customizing BitVisor 1.3", "松原克弥", "イーゲル", "2012-12-04T13:16", "2012-12-04T14:24", 95)]
    [InlineData(4, "BitVisorによる動画像を対象とした著作権保護", "小清水滋", "筑波大学", "2012-12-04T14:25", "2012-12-04T14:52", 120)]
    [InlineData(5, "BitVisorを用いたメッセージ表示システム", "大山恵弘", "電気通信大学", "2012-12-04T14:53", "2012-12-04T15:17", 134)]
    [InlineData(6, "FFR GreenKiller - BitVisorをベースとしたカーネルマルウェアの自動解析システム", "村上純一", "フォティーンフォティ技術研究所", "2012-12-04T15:17", "2012-12-04T16:14", 154)]
    [InlineData(7, "BitVisorのためのマルウェアの検出機能", "河崎雄大", "電気通信大学", "2012-12-04T16:15", "2012-12-04T16:42", 182)]
    [InlineData(8, "BitVisorへのシステムコールトレース機能追加によるマルウェアアナライザの実現", "大月勇人", "立命館大学", "2012-12-04T16:43", "2012-12-04T17:16", 199)]
    [InlineData(9, "TwitVisor", "島田恭平", "筑波大学", "2012-12-04T17:18", "2012-12-04T17:47", 218)]
    public void Each_talk_has_its_title_speaker_times_and_header_line(int index, string title, string name, string affiliation, string start, string end, int line)
    {
        var talk = Talks[index];

        talk.GetProperty("title").GetString().Should().Be(title);
        var speakers = talk.GetProperty("speakers").EnumerateArray().ToArray();
        speakers.Should().ContainSingle();
        Names(speakers[0]).Should().Equal("name", "affiliation", "handle", "span");
        Line(speakers[0]).Should().Be(line);
        speakers[0].GetProperty("handle").ValueKind.Should().Be(JsonValueKind.Null, "the seed writes no handles");
        speakers[0].GetProperty("name").GetString().Should().Be(name);
        speakers[0].GetProperty("affiliation").GetString().Should().Be(affiliation);
        talk.GetProperty("start").GetString().Should().Be(start);
        talk.GetProperty("end").GetString().Should().Be(end);
        Line(talk, "header").Should().Be(line);
        talk.GetProperty("startTime").GetString().Should().Be(start.Substring(11));
        talk.GetProperty("startInferred").GetBoolean().Should().Be(index == 0, "only the first talk has no stamp before it");
    }

    [Fact]
    public void The_talks_have_0_6_4_0_1_2_2_3_3_2_exchanges_each_with_one_answer()
    {
        Talks.Select(t => Items(t, "exchange").Length).Should().Equal(0, 6, 4, 0, 1, 2, 2, 3, 3, 2);
        var exchanges = Talks.SelectMany(t => Items(t, "exchange")).ToArray();
        exchanges.Should().HaveCount(23);
        foreach (var exchange in exchanges)
        {
            Names(exchange).Should().Equal("kind", "question", "answers", "span");
            exchange.GetProperty("question").GetProperty("kind").GetString().Should().Be("question");
            exchange.GetProperty("question").GetProperty("text").GetString().Should().NotBeNullOrEmpty();
            exchange.GetProperty("answers").GetArrayLength().Should().Be(1);
        }
    }

    [Fact]
    public void An_exchange_holds_the_question_and_answer_text_without_their_markers()
    {
        var first = Items(Talks[9], "exchange")[0];

        first.GetProperty("question").GetProperty("text").GetString().Should().Be("日本語ポストは?");
        first.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("text").GetString()).Should().Equal("URLエンコーディングを実装したらできるはず。");
        Line(first.GetProperty("question")).Should().Be(Line(first));
        Line(first.GetProperty("answers")[0]).Should().Be(Line(first) + 1);
    }

    [Fact]
    public void The_lunch_break_runs_from_12_09_to_13_16_with_its_three_prose_lines()
    {
        var lunch = Sessions[5];

        lunch.GetProperty("kind").GetString().Should().Be("break");
        lunch.GetProperty("title").GetString().Should().Be("昼休憩");
        lunch.GetProperty("start").GetString().Should().Be("2012-12-04T12:09");
        lunch.GetProperty("end").GetString().Should().Be("2012-12-04T13:16");
        lunch.GetProperty("startInferred").GetBoolean().Should().BeFalse();
        lunch.GetProperty("speakers").GetArrayLength().Should().Be(0);
        Items(lunch, "prose").Should().HaveCount(3);
        Items(lunch, "prose")[0].GetProperty("text").GetString().Should().StartWith("駅前のマクドナルドにいって");
    }

    [Fact]
    public void Interludes_have_null_title_start_and_end_and_hold_the_prose()
    {
        var interludes = Sessions.Where(s => s.GetProperty("kind").GetString() == "interlude").ToArray();

        interludes.Select(s => Line(s)).Should().Equal(4, 89, 230);
        foreach (var interlude in interludes)
        {
            interlude.GetProperty("title").ValueKind.Should().Be(JsonValueKind.Null);
            interlude.GetProperty("start").ValueKind.Should().Be(JsonValueKind.Null);
            interlude.GetProperty("end").ValueKind.Should().Be(JsonValueKind.Null);
            interlude.GetProperty("startInferred").GetBoolean().Should().BeFalse();
            interlude.GetProperty("speakers").GetArrayLength().Should().Be(0);
            interlude.GetProperty("header").ValueKind.Should().Be(JsonValueKind.Null);
            Items(interlude, "note").Should().BeEmpty();
        }

        interludes.Select(s => Items(s, "prose").Length).Should().Equal(2, 1, 1);
        Items(interludes[2], "prose")[0].GetProperty("text").GetString().Should().StartWith("帰りは池袋経由で");
    }

    [Fact]
    public void Talk_4_lists_its_four_demo_youtube_links_in_order()
    {
        var talk = Talks[3];
        talk.GetProperty("title").GetString().Should().Be("Customizing BitVisor 1.3");
        string[] demos = ["http://youtu.be/IihKKgcXnic", "http://youtu.be/Ype30GRgdd4", "http://youtu.be/1B_wuZIzcDo", "http://youtu.be/jXEB6ZJB7w8"];

        var notes = Items(talk, "note");
        int demo = Array.FindIndex(notes, n => n.GetProperty("label").GetString() == "デモ");
        demo.Should().Be(17, "`- デモ:` is the 18th bullet of the talk (line 113)");
        Line(notes[demo]).Should().Be(113);
        notes.Skip(demo + 1).Select(n => Urls(n.GetProperty("links")).Single()).Should().Equal(demos);
        notes[demo + 1].GetProperty("text").GetString().Should().Be("5秒毎にログ出力 http://youtu.be/IihKKgcXnic");
    }

    [Fact]
    public void Notes_have_text_label_links_and_children_with_null_for_no_label()
    {
        var notes = Items(Talks[0], "note");

        notes.Should().HaveCount(16);
        foreach (var note in notes)
        {
            Names(note).Should().Equal("kind", "noteKind", "text", "label", "marker", "indent", "links", "span", "children");
            note.GetProperty("noteKind").GetString().Should().Be("note");
            note.GetProperty("marker").GetString().Should().Be("-");
        }

        notes[1].GetProperty("text").GetString().Should().Be("セキュアVMという商品がすでにあったので、その名前はつかえなかった。");
        notes[1].GetProperty("label").ValueKind.Should().Be(JsonValueKind.Null);

        // `- TinyVisor:...` has no space after the colon and is still a label.
        notes[13].GetProperty("label").GetString().Should().Be("TinyVisor");
        notes[13].GetProperty("text").GetString().Should().Be("われわれとは別に開発されたものもある。");
    }

    [Fact]
    public void The_last_talks_twitter_link_is_on_its_note_with_its_place()
    {
        var talk = Talks[9];

        var notes = Items(talk, "note");
        Urls(notes[0].GetProperty("links")).Should().Equal("https://twitter.com/vmm_ict");
        Line(notes[0].GetProperty("links")[0]).Should().Be(Line(notes[0]));
        notes.Should().HaveCount(6, "line 228 follows an answer without a marker and is a note");
        Line(notes[^1]).Should().Be(228);
    }

    [Fact]
    public void The_seed_has_no_diagnostics()
    {
        Root.GetProperty("diagnostics").ValueKind.Should().Be(JsonValueKind.Array);
        Root.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }
}
