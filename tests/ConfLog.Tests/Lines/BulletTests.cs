using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class BulletTests
{
    [Theory]
    [InlineData("- 資料: そのうち公開されるはず...", "資料", 2, "そのうち公開されるはず...", 6)]
    [InlineData("- TinyVisor:われわれとは別に開発されたものもある。", "TinyVisor", 2, "われわれとは別に開発されたものもある。", 12)]
    [InlineData("- デモ:", "デモ", 2, "", 5)]
    [InlineData("- 榮樂さん: 日本では右にでるものはいない", "榮樂さん", 2, "日本では右にでるものはいない", 8)]
    [InlineData("- BitVisor Summit: 初めて", "BitVisor Summit", 2, "初めて", 19)]
    [InlineData("- 資料：そのうち", "資料", 2, "そのうち", 5)]
    [InlineData("- 資料:   そのうち   ", "資料", 2, "そのうち", 8)]
    [InlineData("  * Label: text", "Label", 4, "text", 11)]
    public void Reads_a_labelled_bullet(string line, string label, int labelIndex, string text, int textIndex)
    {
        var bullet = Parsing.Value(BulletGrammar.Bullet, line);

        bullet.Label.Should().Be(new LinePart(label, labelIndex));
        bullet.Text.Should().Be(new LinePart(text, textIndex));
    }

    [Theory]
    [InlineData("- http://www.bitvisor.org/summit/", "http://www.bitvisor.org/summit/", 2)]
    [InlineData("- 5秒毎にログ出力 http://youtu.be/IihKKgcXnic", "5秒毎にログ出力 http://youtu.be/IihKKgcXnic", 2)]
    [InlineData("- BitVisorがつぶやく https://twitter.com/vmm_ict", "BitVisorがつぶやく https://twitter.com/vmm_ict", 2)]
    [InlineData("- セキュアVMという商品がすでにあったので、その名前はつかえなかった。", "セキュアVMという商品がすでにあったので、その名前はつかえなかった。", 2)]
    [InlineData("- BitVisorはType I VMM", "BitVisorはType I VMM", 2)]
    [InlineData("- 10:30 開始", "10:30 開始", 2)]
    [InlineData("- SoftwareBreakpiont(int3;0xcc)", "SoftwareBreakpiont(int3;0xcc)", 2)]
    [InlineData("-", "", 1)]
    [InlineData("- ", "", 2)]
    [InlineData("* item  ", "item", 2)]
    [InlineData("+ item", "item", 2)]
    [InlineData("• item", "item", 2)]
    [InlineData("・項目", "項目", 1)]
    [InlineData("  ・項目", "項目", 3)]
    public void Reads_a_bullet_without_a_label(string line, string text, int textIndex)
    {
        var bullet = Parsing.Value(BulletGrammar.Bullet, line);

        bullet.Label.Should().BeNull();
        bullet.Text.Should().Be(new LinePart(text, textIndex));
    }

    [Fact]
    public void Reads_a_label_longer_than_allowed_as_text()
    {
        string sentence = new string('あ', BulletGrammar.MaxLabelLength + 1) + ": x";

        var bullet = Parsing.Value(BulletGrammar.Bullet, "- " + sentence);

        bullet.Label.Should().BeNull();
        bullet.Text.Should().Be(new LinePart(sentence, 2));
    }

    [Theory]
    [InlineData("- x", "-", 0)]
    [InlineData("    - x", "-", 4)]
    [InlineData("\t+ x", "+", 1)]
    [InlineData("・x", "・", 0)]
    public void Keeps_the_marker_and_its_indentation(string line, string marker, int index)
    {
        Parsing.Value(BulletGrammar.Bullet, line).Marker.Should().Be(new LinePart(marker, index));
    }

    [Fact]
    public void Reads_a_question_marker_as_a_label_when_used_alone()
    {
        var bullet = Parsing.Value(BulletGrammar.Bullet, "- Q: x");

        bullet.Label.Should().Be(new LinePart("Q", 2));
        bullet.Text.Should().Be(new LinePart("x", 5));
    }

    [Theory]
    [InlineData("---")]
    [InlineData("**bold**")]
    [InlineData("*bold*")]
    [InlineData("-text")]
    [InlineData("なんとか時間までに会場につけた。")]
    [InlineData("[2012-12-04 10:40]")]
    [InlineData("")]
    public void Rejects_lines_that_are_not_bullets(string line)
    {
        Parsing.Reject(BulletGrammar.Bullet, line);
    }
}
