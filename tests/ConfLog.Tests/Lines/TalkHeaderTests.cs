using System.Linq;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class TalkHeaderTests
{
    [Theory]
    [InlineData("BitVisorの現状と今後", "品川高廣", "東京大学")]
    [InlineData("準パススルー型VMM開発の難しいところ", "榮樂英樹", "イーゲル")]
    [InlineData("BitVisorをベースとした既存Windowsのドライバメモリ保護", "須崎有康", "産業技術総合研究所")]
    [InlineData("Customizing BitVisor 1.3", "松原克弥", "イーゲル")]
    [InlineData("BitVisorによる動画像を対象とした著作権保護", "小清水滋", "筑波大学")]
    [InlineData("BitVisorを用いたメッセージ表示システム", "大山恵弘", "電気通信大学")]
    [InlineData("FFR GreenKiller - BitVisorをベースとしたカーネルマルウェアの自動解析システム", "村上純一", "フォティーンフォティ技術研究所")]
    [InlineData("BitVisorのためのマルウェアの検出機能", "河崎雄大", "電気通信大学")]
    [InlineData("BitVisorへのシステムコールトレース機能追加によるマルウェアアナライザの実現", "大月勇人", "立命館大学")]
    [InlineData("TwitVisor", "島田恭平", "筑波大学")]
    public void Reads_every_talk_header_of_the_seed(string title, string speaker, string affiliation)
    {
        string line = title + " / " + speaker + "(" + affiliation + ")";
        Seed.Text.Split('\n').Should().Contain(line);

        var header = Parsing.Value(TalkHeaderGrammar.TalkHeader, line);

        header.Title.Should().Be(new LinePart(title, 0));
        header.Speakers.Should().Equal(
            new SpeakerPart(new LinePart(speaker, title.Length + 3), new LinePart(affiliation, title.Length + 3 + speaker.Length + 1)));
    }

    [Fact]
    public void A_title_holding_a_spaced_dash_keeps_it()
    {
        const string line = "FFR GreenKiller - BitVisorをベースとしたカーネルマルウェアの自動解析システム / 村上純一(フォティーンフォティ技術研究所)";

        var header = Parsing.Value(TalkHeaderGrammar.TalkHeader, line);

        header.Title.Text.Should().Be("FFR GreenKiller - BitVisorをベースとしたカーネルマルウェアの自動解析システム");
        header.Speakers.Should().ContainSingle().Which.Name.Text.Should().Be("村上純一");
    }

    [Theory]
    [InlineData("A / B / C(D)", "A / B", "C")]
    [InlineData("OS/2 and me / Sam Lee", "OS/2 and me", "Sam Lee")]
    [InlineData("Web: the good parts / Sam Lee", "Web: the good parts", "Sam Lee")]
    [InlineData("Title   /  Sam Lee  ", "Title", "Sam Lee")]
    public void The_title_is_everything_before_the_last_separator(string line, string title, string speaker)
    {
        var header = Parsing.Value(TalkHeaderGrammar.TalkHeader, line);

        header.Title.Should().Be(new LinePart(title, 0));
        header.Speakers.Should().ContainSingle().Which.Name.Text.Should().Be(speaker);
    }

    [Fact]
    public void An_indented_title_starts_after_its_indentation()
    {
        Parsing.Value(TalkHeaderGrammar.TalkHeader, "  Indented / Sam").Title.Should().Be(new LinePart("Indented", 2));
    }

    [Theory]
    [InlineData("Talk / Sam Lee (Acme), Ann Roe (Beta)")]
    [InlineData("Talk / Sam Lee (Acme)，Ann Roe (Beta)")]
    [InlineData("Talk / Sam Lee (Acme)、Ann Roe (Beta)")]
    [InlineData("Talk / Sam Lee (Acme) & Ann Roe (Beta)")]
    [InlineData("Talk / Sam Lee (Acme) and Ann Roe (Beta)")]
    [InlineData("Talk / Sam Lee(Acme),Ann Roe(Beta)")]
    public void Reads_several_speakers(string line)
    {
        var header = Parsing.Value(TalkHeaderGrammar.TalkHeader, line);

        header.Title.Should().Be(new LinePart("Talk", 0));
        header.Speakers.Select(s => s.Name.Text).Should().Equal("Sam Lee", "Ann Roe");
        header.Speakers.Select(s => s.Affiliation!.Value.Text).Should().Equal("Acme", "Beta");
        header.Speakers.Select(s => s.Name.Index).Should().Equal(7, line.IndexOf("Ann", System.StringComparison.Ordinal));
        header.Speakers.Select(s => s.Affiliation!.Value.Index)
            .Should().Equal(line.IndexOf("Acme", System.StringComparison.Ordinal), line.IndexOf("Beta", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("講演 / 山田(東大)、佐藤(京大)、鈴木", "山田", "佐藤", "鈴木")]
    [InlineData("Talk / X & Y and Z", "X", "Y", "Z")]
    [InlineData("Talk / X, Y，Z", "X", "Y", "Z")]
    public void Reads_speakers_with_and_without_affiliations(string line, string first, string second, string third)
    {
        Parsing.Value(TalkHeaderGrammar.TalkHeader, line).Speakers.Select(s => s.Name.Text).Should().Equal(first, second, third);
    }

    [Fact]
    public void A_full_width_affiliation_is_read()
    {
        var speaker = Parsing.Value(TalkHeaderGrammar.TalkHeader, "準パススルー型VMM開発の難しいところ / 榮樂英樹（イーゲル）").Speakers.Should().ContainSingle().Subject;

        speaker.Name.Text.Should().Be("榮樂英樹");
        speaker.Affiliation!.Value.Text.Should().Be("イーゲル");
    }

    [Theory]
    [InlineData("Title / ")]
    [InlineData("Title /   ")]
    public void A_header_with_nothing_after_the_separator_has_no_speakers(string line)
    {
        var header = Parsing.Value(TalkHeaderGrammar.TalkHeader, line);

        header.Title.Should().Be(new LinePart("Title", 0));
        header.Speakers.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Title /")]
    [InlineData("Title/Sam")]
    [InlineData("Title /Sam")]
    [InlineData("なんとか時間までに会場につけた。")]
    [InlineData("")]
    public void Rejects_a_line_without_the_spaced_slash(string line)
    {
        var result = Parsing.Reject(TalkHeaderGrammar.TalkHeader, line);

        result.Message.Should().Be("no ' / ' in the rest of the line");
        result.Expectations.Should().Equal("talk header");
    }

    [Theory]
    [InlineData("T / 山田(東大) 他")]
    [InlineData("T / これは文です。")]
    [InlineData("T / Sam, ")]
    [InlineData("T / (Acme)")]
    [InlineData("T / Sam (Acme")]
    public void Rejects_a_line_whose_tail_is_not_a_list_of_speakers(string line)
    {
        Parsing.Reject(TalkHeaderGrammar.TalkHeader, line);
    }

    [Fact]
    public void Rejects_a_speaker_name_longer_than_allowed()
    {
        Parsing.Reject(TalkHeaderGrammar.TalkHeader, "T / " + new string('x', TalkHeaderGrammar.MaxSpeakerNameLength + 1));
    }
}
