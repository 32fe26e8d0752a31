using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class ProseTests
{
    [Theory]
    [InlineData("なんとか時間までに会場につけた。電源を取ろうとしたら電気がきてない。昼に復旧したが、どうやらブレーカーがトリップしてたようだ。(コーヒーメーカでもつかったか?)")]
    [InlineData("隣でオリンパスが特徴的な音をだしてた。")]
    [InlineData("帰りは池袋経由で会社に戻って一服: フジパン ゴマンベール(101kcal,たんぱく質2.6g,脂質4.1g,炭水化物13.5g)*3。")]
    [InlineData("---")]
    [InlineData("**bold**")]
    [InlineData("[2012-13-45 10:40]")]
    [InlineData("- Q: any line at all")]
    public void Reads_any_line_as_its_text(string line)
    {
        var result = Parsing.Accept(ConfLogGrammar.Prose, line);

        result.Value.Should().Be(new ProseLine(new LinePart(line, 0)));
        result.Remainder.AtEnd.Should().BeTrue();
    }

    [Theory]
    [InlineData("  text  ", "text", 2)]
    [InlineData("\u3000全角スペースの後\u3000", "全角スペースの後", 1)]
    [InlineData("\ttab", "tab", 1)]
    [InlineData("", "", 0)]
    [InlineData("   ", "", 3)]
    public void Trims_the_text_and_keeps_where_it_starts(string line, string text, int index)
    {
        Parsing.Value(ConfLogGrammar.Prose, line).Text.Should().Be(new LinePart(text, index));
    }
}
