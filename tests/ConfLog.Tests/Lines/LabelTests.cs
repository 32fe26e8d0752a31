using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class LabelTests
{
    [Theory]
    [InlineData("資料: そのうち公開されるはず...", "資料")]
    [InlineData("TinyVisor:われわれとは別に開発されたものもある。", "TinyVisor")]
    [InlineData("BitVisor Summit: 初めてでどれだけ参加があるかわからなかったが", "BitVisor Summit")]
    [InlineData("デモ:", "デモ")]
    [InlineData("資料：そのうち", "資料")]
    [InlineData("榮樂さん: 日本では右にでるものはいない", "榮樂さん")]
    [InlineData("既存のアンチウィルスの問題点:管理者権限があれば", "既存のアンチウィルスの問題点")]
    [InlineData("S2(Sleeping State),S3(Standby)問題: スリープから復帰する", "S2(Sleeping State),S3(Standby)問題")]
    [InlineData("ML: 海外からの問い合わせの方が多い。", "ML")]
    [InlineData("Q: x", "Q")]
    public void Reads_the_label_up_to_its_colon_and_leaves_the_colon(string text, string label)
    {
        var result = Parsing.Accept(BulletGrammar.Label, text);

        result.Value.Should().Be(new LinePart(label, 0));
        result.Remainder.Position.Should().Be(label.Length);
        TextRuns.Colon(result.Remainder).WasSuccessful.Should().BeTrue();
    }

    [Fact]
    public void Reads_a_label_of_the_longest_allowed_length()
    {
        string label = new string('x', BulletGrammar.MaxLabelLength);

        Parsing.Value(BulletGrammar.Label, label + ": y").Should().Be(new LinePart(label, 0));
    }

    [Fact]
    public void Reports_the_index_of_the_label_in_the_line()
    {
        BulletGrammar.Label(new LineInput("- 資料: そのうち", 2)).Value.Should().Be(new LinePart("資料", 2));
    }

    [Theory]
    [InlineData("http://www.bitvisor.org/summit/", "unexpected ':', expected colon")]
    [InlineData("https://twitter.com/vmm_ict", "unexpected ':', expected colon")]
    [InlineData("10:30 開始", "unexpected ':', expected colon")]
    [InlineData("資料", "unexpected end of line, expected colon")]
    [InlineData("オーバヘッドを減らせる。", "unexpected end of line, expected colon")]
    [InlineData(":x", "unexpected ':', expected label")]
    public void Rejects_a_url_scheme_a_clock_time_and_text_with_no_colon(string text, string message)
    {
        Parsing.Reject(BulletGrammar.Label, text).Message.Should().Be(message);
    }

    [Theory]
    [InlineData(" 資料: x")]
    [InlineData("\u3000資料: x")]
    [InlineData("セキュアVMという商品がすでにあったので、その名前はつかえなかった。")]
    [InlineData("")]
    public void Rejects_an_empty_label_or_one_starting_with_white_space(string text)
    {
        Parsing.Reject(BulletGrammar.Label, text);
    }

    [Fact]
    public void Rejects_a_run_longer_than_the_longest_label()
    {
        Parsing.Reject(BulletGrammar.Label, new string('x', BulletGrammar.MaxLabelLength + 1) + ": y");
    }
}
