using System;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The facts a careful reader finds in the founding sample (see shared/seeds/README.md).
public sealed class SeedTalkTests
{
    private static readonly Talk[] Talks = Seed.Log.Talks.ToArray();

    [Fact]
    public void The_seed_has_ten_talks()
    {
        Talks.Should().HaveCount(10);
    }

    [Theory]
    [InlineData(0, "BitVisorの現状と今後", "品川高廣", "東京大学")]
    [InlineData(1, "準パススルー型VMM開発の難しいところ", "榮樂英樹", "イーゲル")]
    [InlineData(2, "BitVisorをベースとした既存Windowsのドライバメモリ保護", "須崎有康", "産業技術総合研究所")]
    [InlineData(3, "Customizing BitVisor 1.3", "松原克弥", "イーゲル")]
    [InlineData(4, "BitVisorによる動画像を対象とした著作権保護", "小清水滋", "筑波大学")]
    [InlineData(5, "BitVisorを用いたメッセージ表示システム", "大山恵弘", "電気通信大学")]
    [InlineData(6, "FFR GreenKiller - BitVisorをベースとしたカーネルマルウェアの自動解析システム", "村上純一", "フォティーンフォティ技術研究所")]
    [InlineData(7, "BitVisorのためのマルウェアの検出機能", "河崎雄大", "電気通信大学")]
    [InlineData(8, "BitVisorへのシステムコールトレース機能追加によるマルウェアアナライザの実現", "大月勇人", "立命館大学")]
    [InlineData(9, "TwitVisor", "島田恭平", "筑波大学")]
    public void Each_talk_has_its_title_speaker_and_affiliation(int index, string title, string speaker, string affiliation)
    {
        var talk = Talks[index];
        talk.Title.Should().Be(title);
        talk.Speakers.Should().ContainSingle();
        talk.Speakers[0].Name.Should().Be(speaker);
        talk.Speakers[0].Affiliation.Should().Be(affiliation);
    }

    [Theory]
    [InlineData(0, "10:10", "10:40", 6)]
    [InlineData(1, "10:40", "11:34", 24)]
    [InlineData(2, "11:36", "12:09", 65)]
    [InlineData(3, "13:16", "14:24", 95)]
    [InlineData(4, "14:25", "14:52", 120)]
    [InlineData(5, "14:53", "15:17", 134)]
    [InlineData(6, "15:17", "16:14", 154)]
    [InlineData(7, "16:15", "16:42", 182)]
    [InlineData(8, "16:43", "17:16", 199)]
    [InlineData(9, "17:18", "17:47", 218)]
    public void Each_talk_starts_and_ends_at_the_stamps_around_it(int index, string start, string end, int headerLine)
    {
        var talk = Talks[index];
        talk.Start.Should().Be(At(start));
        talk.End.Should().Be(At(end));
        talk.Header.Line.Should().Be(headerLine);
    }

    [Fact]
    public void Only_the_first_talk_takes_the_events_start_and_says_so()
    {
        Talks.Select(t => t.StartInferred).Should().Equal(true, false, false, false, false, false, false, false, false, false);
    }

    [Fact]
    public void The_seed_has_23_exchanges_spread_over_its_talks_each_with_one_answer()
    {
        Talks.Select(t => t.Exchanges.Length).Should().Equal(0, 6, 4, 0, 1, 2, 2, 3, 3, 2);
        Talks.SelectMany(t => t.Exchanges).Should().HaveCount(23)
            .And.OnlyContain(e => e.Question != null && e.Answers.Length == 1);
    }

    [Fact]
    public void An_exchange_keeps_its_question_and_answer_text()
    {
        var exchange = Talks[9].Exchanges[0];
        exchange.Question!.Text.Should().Be("日本語ポストは?");
        exchange.Answers[0].Text.Should().Be("URLエンコーディングを実装したらできるはず。");
        exchange.Span.Line.Should().Be(224);
    }

    [Fact]
    public void A_bullet_after_an_answer_is_a_note_of_the_talk()
    {
        Talks[9].Items.Last(i => i is Note).Should().BeOfType<Note>()
            .Which.Text.Should().Be("移植するとOS APIに依存しているところを合わせるのがめんどくさかった。");
        Talks[9].Notes.Should().HaveCount(6);
    }

    [Fact]
    public void A_stamp_inside_a_talk_stays_among_its_items()
    {
        Talks[1].Timestamps.Select(t => t.Span.Line).Should().Equal(50, 63);
        Talks[1].Timestamps[0].Value.Should().Be(At("11:23"));
    }

    [Fact]
    public void Labelled_bullets_keep_their_label_with_or_without_a_space_after_the_colon()
    {
        var notes = Talks[0].Notes;
        notes.Should().Contain(n => n.Label == "TinyVisor" && n.Text == "われわれとは別に開発されたものもある。");
        notes.Should().Contain(n => n.Label == "ML" && n.Text == "海外からの問い合わせの方が多い。");
    }

    [Fact]
    public void The_demo_links_are_in_talk_four()
    {
        Talks[3].Links.Select(l => l.Url).Should().Equal(
            "http://youtu.be/IihKKgcXnic",
            "http://youtu.be/Ype30GRgdd4",
            "http://youtu.be/1B_wuZIzcDo",
            "http://youtu.be/jXEB6ZJB7w8");
        Talks[3].Notes.Should().Contain(n => n.Label == "デモ" && n.Text.Length == 0);
    }

    [Fact]
    public void Other_talks_keep_their_own_links()
    {
        Talks[4].Links.Select(l => l.Url).Should().Equal("http://youtu.be/plIlBqsfrD4");
        Talks[9].Links.Select(l => l.Url).Should().Equal("https://twitter.com/vmm_ict");
    }

    private static DateTime At(string time) =>
        new DateTime(2012, 12, 4).Add(TimeSpan.Parse(time, System.Globalization.CultureInfo.InvariantCulture));
}
