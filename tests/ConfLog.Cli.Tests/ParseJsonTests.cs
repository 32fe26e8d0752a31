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

    private static JsonElement Root => Seed.Value;

    private static JsonElement Event => Root.GetProperty("event");

    private static JsonElement[] Sessions => Root.GetProperty("sessions").EnumerateArray().ToArray();

    private static JsonElement[] Talks => Sessions.Where(s => s.GetProperty("kind").GetString() == "talk").ToArray();

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    private static string?[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToArray();

    [Fact]
    public void The_json_exits_0_and_ends_with_a_newline()
    {
        var run = Cli.Run("parse", Cli.SeedPath, "--json");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().StartWith("{").And.EndWith("}\n");
    }

    [Fact]
    public void The_top_level_holds_event_sessions_and_diagnostics_in_that_order()
    {
        Names(Root).Should().Equal("event", "markup", "markupReason", "sessions", "days", "diagnostics");
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
        Names(Event).Should().Equal("title", "date", "venue", "venueDetail", "start", "end", "links", "labels");
        Event.GetProperty("title").ValueKind.Should().Be(JsonValueKind.Null);
        Event.GetProperty("date").GetString().Should().Be("2012-12-04");
        Event.GetProperty("venue").GetString().Should().Be("筑波大学");
        Event.GetProperty("venueDetail").GetString().Should().Be("茗荷谷");
        Event.GetProperty("start").GetString().Should().Be("10:10");
        Event.GetProperty("end").GetString().Should().Be("17:50");
        Strings(Event.GetProperty("links")).Should().Equal("http://www.bitvisor.org/summit/");
    }

    [Fact]
    public void The_event_label_is_an_object_with_label_and_text()
    {
        var labels = Event.GetProperty("labels").EnumerateArray().ToArray();

        labels.Should().ContainSingle();
        Names(labels[0]).Should().Equal("label", "text");
        labels[0].GetProperty("label").GetString().Should().Be("資料");
        labels[0].GetProperty("text").GetString().Should().Be("そのうち公開されるはず...");
    }

    [Fact]
    public void The_sessions_come_in_source_order_interlude_three_talks_interlude_break_seven_talks_interlude()
    {
        Sessions.Select(s => s.GetProperty("kind").GetString()).Should().Equal(
            "interlude", "talk", "talk", "talk", "interlude", "break",
            "talk", "talk", "talk", "talk", "talk", "talk", "talk", "interlude");
        Sessions.Select(s => s.GetProperty("line").GetInt32()).Should().Equal(
            4, 6, 24, 65, 89, 90, 95, 120, 134, 154, 182, 199, 218, 230);
    }

    [Fact]
    public void Every_session_has_the_contract_fields_in_order()
    {
        foreach (var session in Sessions)
        {
            Names(session).Should().Equal(
                "kind", "title", "speakers", "start", "startInferred", "end", "line", "notes", "exchanges", "prose", "links");
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
        Names(speakers[0]).Should().Equal("name", "affiliation", "handle");
        speakers[0].GetProperty("handle").ValueKind.Should().Be(JsonValueKind.Null, "the seed writes no handles");
        speakers[0].GetProperty("name").GetString().Should().Be(name);
        speakers[0].GetProperty("affiliation").GetString().Should().Be(affiliation);
        talk.GetProperty("start").GetString().Should().Be(start);
        talk.GetProperty("end").GetString().Should().Be(end);
        talk.GetProperty("line").GetInt32().Should().Be(line);
        talk.GetProperty("startInferred").GetBoolean().Should().Be(index == 0, "only the first talk has no stamp before it");
    }

    [Fact]
    public void The_talks_have_0_6_4_0_1_2_2_3_3_2_exchanges_each_with_one_answer()
    {
        Talks.Select(t => t.GetProperty("exchanges").GetArrayLength()).Should().Equal(0, 6, 4, 0, 1, 2, 2, 3, 3, 2);
        var exchanges = Talks.SelectMany(t => t.GetProperty("exchanges").EnumerateArray()).ToArray();
        exchanges.Should().HaveCount(23);
        foreach (var exchange in exchanges)
        {
            Names(exchange).Should().Equal("question", "answers");
            exchange.GetProperty("question").GetString().Should().NotBeNullOrEmpty();
            exchange.GetProperty("answers").GetArrayLength().Should().Be(1);
        }
    }

    [Fact]
    public void An_exchange_holds_the_question_and_answer_text_without_their_markers()
    {
        var first = Talks[9].GetProperty("exchanges")[0];

        first.GetProperty("question").GetString().Should().Be("日本語ポストは?");
        Strings(first.GetProperty("answers")).Should().Equal("URLエンコーディングを実装したらできるはず。");
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
        lunch.GetProperty("prose").GetArrayLength().Should().Be(3);
        lunch.GetProperty("prose")[0].GetString().Should().StartWith("駅前のマクドナルドにいって");
    }

    [Fact]
    public void Interludes_have_null_title_start_and_end_and_hold_the_prose()
    {
        var interludes = Sessions.Where(s => s.GetProperty("kind").GetString() == "interlude").ToArray();

        interludes.Select(s => s.GetProperty("line").GetInt32()).Should().Equal(4, 89, 230);
        foreach (var interlude in interludes)
        {
            interlude.GetProperty("title").ValueKind.Should().Be(JsonValueKind.Null);
            interlude.GetProperty("start").ValueKind.Should().Be(JsonValueKind.Null);
            interlude.GetProperty("end").ValueKind.Should().Be(JsonValueKind.Null);
            interlude.GetProperty("startInferred").GetBoolean().Should().BeFalse();
            interlude.GetProperty("speakers").GetArrayLength().Should().Be(0);
            interlude.GetProperty("notes").GetArrayLength().Should().Be(0);
        }

        interludes.Select(s => s.GetProperty("prose").GetArrayLength()).Should().Equal(2, 1, 1);
        interludes[2].GetProperty("prose")[0].GetString().Should().StartWith("帰りは池袋経由で");
    }

    [Fact]
    public void Talk_4_lists_its_four_demo_youtube_links_in_order()
    {
        var talk = Talks[3];
        talk.GetProperty("title").GetString().Should().Be("Customizing BitVisor 1.3");
        string[] demos = ["http://youtu.be/IihKKgcXnic", "http://youtu.be/Ype30GRgdd4", "http://youtu.be/1B_wuZIzcDo", "http://youtu.be/jXEB6ZJB7w8"];

        Strings(talk.GetProperty("links")).Should().Equal(demos);

        var notes = talk.GetProperty("notes").EnumerateArray().ToArray();
        int demo = Array.FindIndex(notes, n => n.GetProperty("label").GetString() == "デモ");
        demo.Should().Be(17, "`- デモ:` is the 18th bullet of the talk (line 113)");
        notes.Skip(demo + 1).Select(n => Strings(n.GetProperty("links")).Single()).Should().Equal(demos);
        notes[demo + 1].GetProperty("text").GetString().Should().Be("5秒毎にログ出力 http://youtu.be/IihKKgcXnic");
    }

    [Fact]
    public void Notes_have_text_label_links_and_children_with_null_for_no_label()
    {
        var notes = Talks[0].GetProperty("notes").EnumerateArray().ToArray();

        notes.Should().HaveCount(16);
        foreach (var note in notes)
        {
            Names(note).Should().Equal("kind", "text", "label", "links", "children");
            note.GetProperty("kind").GetString().Should().Be("note");
        }

        notes[1].GetProperty("text").GetString().Should().Be("セキュアVMという商品がすでにあったので、その名前はつかえなかった。");
        notes[1].GetProperty("label").ValueKind.Should().Be(JsonValueKind.Null);

        // `- TinyVisor:...` has no space after the colon and is still a label.
        notes[13].GetProperty("label").GetString().Should().Be("TinyVisor");
        notes[13].GetProperty("text").GetString().Should().Be("われわれとは別に開発されたものもある。");
    }

    [Fact]
    public void The_last_talks_twitter_link_is_on_its_note_and_on_the_session()
    {
        var talk = Talks[9];

        Strings(talk.GetProperty("links")).Should().Equal("https://twitter.com/vmm_ict");
        Strings(talk.GetProperty("notes")[0].GetProperty("links")).Should().Equal("https://twitter.com/vmm_ict");
        talk.GetProperty("notes").GetArrayLength().Should().Be(6, "line 228 follows an answer without a marker and is a note");
    }

    [Fact]
    public void The_seed_has_no_diagnostics()
    {
        Root.GetProperty("diagnostics").ValueKind.Should().Be(JsonValueKind.Array);
        Root.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }
}
