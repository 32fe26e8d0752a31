using System;
using System.Collections.Immutable;
using System.Linq;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class LineTests
{
    // Line numbers (1-based) of the seed, as mapped in its README.
    private static readonly int[] SeedStamps = { 23, 50, 63, 64, 88, 94, 118, 119, 132, 133, 153, 180, 181, 197, 198, 216, 217, 229 };
    private static readonly int[] SeedTalkHeaders = { 6, 24, 65, 95, 120, 134, 154, 182, 199, 218 };
    private static readonly int[] SeedProse = { 4, 5, 89, 91, 92, 93, 230 };
    private static readonly string[] PartyKeywords = { "懇親会" };

    private static LineSyntax Read(string line)
    {
        var viaLine = ConfLogGrammar.Line(new LineInput(line));
        var viaSprache = Sprache.ParserExtensions.TryParse(ConfLogGrammar.Line, line);

        viaLine.WasSuccessful.Should().BeTrue();
        viaSprache.WasSuccessful.Should().BeTrue();
        viaSprache.Value.GetType().Should().Be(viaLine.Value.GetType());
        return viaLine.Value;
    }

    [Theory]
    [InlineData("- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50", typeof(EventHeaderLine))]
    [InlineData("- http://www.bitvisor.org/summit/", typeof(BulletLine))]
    [InlineData("- 資料: そのうち公開されるはず...", typeof(BulletLine))]
    [InlineData("なんとか時間までに会場につけた。電源を取ろうとしたら電気がきてない。", typeof(ProseLine))]
    [InlineData("BitVisorの現状と今後 / 品川高廣(東京大学)", typeof(TalkHeaderLine))]
    [InlineData("- TinyVisor:われわれとは別に開発されたものもある。", typeof(BulletLine))]
    [InlineData("[2012-12-04 10:40]", typeof(TimestampLine))]
    [InlineData("- Q: 日本語ポストは?", typeof(QuestionLine))]
    [InlineData("- A: URLエンコーディングを実装したらできるはず。", typeof(AnswerLine))]
    [InlineData("- Q:", typeof(QuestionLine))]
    [InlineData("- A:", typeof(AnswerLine))]
    [InlineData("昼休憩", typeof(BreakLine))]
    [InlineData("- デモ:", typeof(BulletLine))]
    [InlineData("FFR GreenKiller - BitVisorをベースとしたカーネルマルウェアの自動解析システム / 村上純一(フォティーンフォティ技術研究所)", typeof(TalkHeaderLine))]
    [InlineData("- 移植するとOS APIに依存しているところを合わせるのがめんどくさかった。", typeof(BulletLine))]
    [InlineData("帰りは池袋経由で会社に戻って一服: フジパン ゴマンベール(101kcal,たんぱく質2.6g,脂質4.1g,炭水化物13.5g)*3。", typeof(ProseLine))]
    [InlineData("", typeof(BlankLine))]
    [InlineData("   ", typeof(BlankLine))]
    [InlineData("\u3000", typeof(BlankLine))]
    [InlineData("---", typeof(ProseLine))]
    [InlineData("**bold**", typeof(ProseLine))]
    [InlineData("[2012-13-45 10:40]", typeof(ProseLine))]
    [InlineData("[2012-12-04 10:40] 開始", typeof(ProseLine))]
    [InlineData("  [2012/12/04 10:40:15]  ", typeof(TimestampLine))]
    [InlineData("・Q: 質問", typeof(QuestionLine))]
    [InlineData("* A: answer", typeof(AnswerLine))]
    [InlineData("- Question: x", typeof(BulletLine))]
    [InlineData("- 2012-12-04 10:10〜17:50", typeof(EventHeaderLine))]
    [InlineData("- 2012-13-45 筑波大学", typeof(BulletLine))]
    [InlineData("- 昼休憩", typeof(BulletLine))]
    [InlineData("- A / B", typeof(BulletLine))]
    [InlineData("Title / ", typeof(TalkHeaderLine))]
    [InlineData("T / これは文です。", typeof(ProseLine))]
    [InlineData("Coffee break", typeof(BreakLine))]
    [InlineData("休憩 (15分)", typeof(BreakLine))]
    [InlineData("昼休憩です。", typeof(ProseLine))]
    public void Reads_each_kind_of_line_as_its_record(string line, Type kind)
    {
        Read(line).Should().BeOfType(kind);
    }

    [Fact]
    public void Reads_every_line_of_the_seed_as_the_kind_its_map_says()
    {
        string[] lines = Seed.Text.Split('\n');
        lines.Should().HaveCount(230);

        for (int number = 1; number <= lines.Length; number++)
        {
            string line = lines[number - 1];
            Type expected =
                number == 1 ? typeof(EventHeaderLine)
                : number == 90 ? typeof(BreakLine)
                : SeedStamps.Contains(number) ? typeof(TimestampLine)
                : SeedTalkHeaders.Contains(number) ? typeof(TalkHeaderLine)
                : SeedProse.Contains(number) ? typeof(ProseLine)
                : line.StartsWith("- Q:", StringComparison.Ordinal) ? typeof(QuestionLine)
                : line.StartsWith("- A:", StringComparison.Ordinal) ? typeof(AnswerLine)
                : typeof(BulletLine);

            Read(line).Should().BeOfType(expected, "line {0} is '{1}'", number, line);
        }
    }

    [Fact]
    public void The_seed_has_23_questions_and_23_answers()
    {
        var kinds = Seed.Text.Split('\n').Select(Read).ToList();

        kinds.OfType<QuestionLine>().Should().HaveCount(23);
        kinds.OfType<AnswerLine>().Should().HaveCount(23);
        kinds.OfType<BlankLine>().Should().BeEmpty();
    }

    [Fact]
    public void The_seed_header_keeps_its_parts()
    {
        var header = Read("- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50").Should().BeOfType<EventHeaderLine>().Subject;

        header.Date.Should().Be(new DateTime(2012, 12, 4));
        header.Venue.Text.Should().Be("筑波大学");
        header.VenueDetail!.Value.Text.Should().Be("茗荷谷");
        header.Hours.Should().Be(new TimeRange(new TimeSpan(10, 10, 0), new TimeSpan(17, 50, 0)));
    }

    [Fact]
    public void A_question_with_nothing_after_it_has_empty_text()
    {
        Read("- Q:").Should().Be(new QuestionLine(new LinePart("-", 0), new LinePart(string.Empty, 4), new LinePart("Q:", 2)));
    }

    [Fact]
    public void A_label_with_empty_text_is_a_labelled_bullet()
    {
        Read("- デモ:").Should().Be(new BulletLine(new LinePart("-", 0), new LinePart("デモ", 2), new LinePart(string.Empty, 5)));
    }

    [Fact]
    public void A_url_bullet_has_no_label()
    {
        Read("- http://www.bitvisor.org/summit/").Should().Be(
            new BulletLine(new LinePart("-", 0), null, new LinePart("http://www.bitvisor.org/summit/", 2)));
    }

    [Fact]
    public void A_label_without_a_space_after_its_colon_is_read()
    {
        var bullet = Read("- TinyVisor:われわれとは別に開発されたものもある。").Should().BeOfType<BulletLine>().Subject;

        bullet.Label.Should().Be(new LinePart("TinyVisor", 2));
        bullet.Text.Should().Be(new LinePart("われわれとは別に開発されたものもある。", 12));
    }

    [Fact]
    public void A_title_with_a_spaced_dash_is_split_at_the_last_slash()
    {
        var header = Read("FFR GreenKiller - BitVisorをベースとしたカーネルマルウェアの自動解析システム / 村上純一(フォティーンフォティ技術研究所)")
            .Should().BeOfType<TalkHeaderLine>().Subject;

        header.Title.Text.Should().Be("FFR GreenKiller - BitVisorをベースとしたカーネルマルウェアの自動解析システム");
        header.Speakers.Should().ContainSingle().Which.Affiliation!.Value.Text.Should().Be("フォティーンフォティ技術研究所");
    }

    [Fact]
    public void An_impossible_timestamp_is_prose()
    {
        Read("[2012-13-45 10:40]").Should().Be(new ProseLine(new LinePart("[2012-13-45 10:40]", 0)));
    }

    [Fact]
    public void LineOf_reads_break_headings_with_the_keywords_it_is_given()
    {
        var line = ConfLogGrammar.LineOf(ConfLogOptions.Default with { BreakKeywords = PartyKeywords.ToImmutableArray() });

        line(new LineInput("懇親会")).Value.Should().Be(new BreakLine(new LinePart("懇親会", 0)));
        line(new LineInput("昼休憩")).Value.Should().BeOfType<ProseLine>();
        Read("懇親会").Should().BeOfType<ProseLine>();
    }

    // Lines that almost open a kind: each must still be read, to the end, as the kind it is, its text kept.
    [Theory]
    [InlineData("\t", typeof(BlankLine), "")]
    [InlineData("[", typeof(ProseLine), "[")]
    [InlineData("[2012", typeof(ProseLine), "[2012")]
    [InlineData("-", typeof(BulletLine), "")]
    [InlineData(" / ", typeof(TalkHeaderLine), "")]
    [InlineData("：", typeof(ProseLine), "：")]
    [InlineData("http://", typeof(ProseLine), "http://")]
    [InlineData(" Q ", typeof(ProseLine), "Q")]
    public void Never_fails(string line, Type kind, string text)
    {
        var result = ConfLogGrammar.Line(new LineInput(line));

        result.WasSuccessful.Should().BeTrue();
        result.Remainder.Position.Should().Be(line.Length);
        var syntax = Read(line);
        syntax.Should().BeOfType(kind);
        string kept = syntax switch
        {
            ProseLine prose => prose.Text.Text,
            BulletLine bullet => bullet.Text.Text,
            TalkHeaderLine talk => talk.Title.Text,
            _ => string.Empty,
        };
        kept.Should().Be(text);
    }
}
