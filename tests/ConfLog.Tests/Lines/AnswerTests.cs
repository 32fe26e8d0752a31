using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class AnswerTests
{
    [Theory]
    [InlineData("- A: URLエンコーディングを実装したらできるはず。", "-", 0, "URLエンコーディングを実装したらできるはず。", 5)]
    [InlineData("- A: yes. でもOSがちゃんと動かないよね。自爆テロじゃん。", "-", 0, "yes. でもOSがちゃんと動かないよね。自爆テロじゃん。", 5)]
    [InlineData("- A: いろいろやってる.... (詳細はききとれず)", "-", 0, "いろいろやってる.... (詳細はききとれず)", 5)]
    [InlineData("- A:", "-", 0, "", 4)]
    [InlineData("- A：全角のコロン", "-", 0, "全角のコロン", 4)]
    [InlineData("- A: trailing\t", "-", 0, "trailing", 5)]
    [InlineData("+ A: x", "+", 0, "x", 5)]
    [InlineData("    - A: x", "-", 4, "x", 9)]
    public void Reads_an_answer(string line, string marker, int markerIndex, string text, int textIndex)
    {
        var answer = Parsing.Value(BulletGrammar.Answer, line);

        answer.Marker.Should().Be(new LinePart(marker, markerIndex));
        answer.Text.Should().Be(new LinePart(text, textIndex));
    }

    [Theory]
    [InlineData("- Q: 日本語ポストは?")]
    [InlineData("- Answer: x")]
    [InlineData("- a: x")]
    [InlineData("- A x")]
    [InlineData("- 移植するとOS APIに依存しているところを合わせるのがめんどくさかった。")]
    [InlineData("")]
    public void Rejects_lines_that_are_not_answers(string line)
    {
        Parsing.Reject(BulletGrammar.Answer, line);
    }

    [Theory]
    [InlineData("A1: You can use a while loop for sequences", "A1:", 0)]
    [InlineData("A2: Wrap iterables in an iterator", "A2:", 0)]
    [InlineData("- 回答: そうかもしれない。", "回答:", 2)]
    [InlineData("A. yes", "A.", 0)]
    public void Reads_numbered_and_unbulleted_answers(string line, string tag, int tagIndex)
    {
        Parsing.Value(BulletGrammar.Answer, line).Tag.Should().Be(new LinePart(tag, tagIndex));
    }
}
