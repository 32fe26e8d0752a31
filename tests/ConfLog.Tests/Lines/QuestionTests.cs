using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class QuestionTests
{
    [Theory]
    [InlineData("- Q: 日本語ポストは?", "-", 0, "日本語ポストは?", 5)]
    [InlineData("- Q: BSDのTCPスタックをポーティングしないのは? 再送がないということでSYN floodingになってしまわない?", "-", 0, "BSDのTCPスタックをポーティングしないのは? 再送がないということでSYN floodingになってしまわない?", 5)]
    [InlineData("- Q:", "-", 0, "", 4)]
    [InlineData("- Q: ", "-", 0, "", 5)]
    [InlineData("- Q:質問", "-", 0, "質問", 4)]
    [InlineData("- Q：全角のコロン", "-", 0, "全角のコロン", 4)]
    [InlineData("- Q: trailing   ", "-", 0, "trailing", 5)]
    [InlineData("* Q: x", "*", 0, "x", 5)]
    [InlineData("・Q: x", "・", 0, "x", 4)]
    [InlineData("  - Q: x", "-", 2, "x", 7)]
    public void Reads_a_question(string line, string marker, int markerIndex, string text, int textIndex)
    {
        var question = Parsing.Value(BulletGrammar.Question, line);

        question.Marker.Should().Be(new LinePart(marker, markerIndex));
        question.Text.Should().Be(new LinePart(text, textIndex));
    }

    [Theory]
    [InlineData("- A: 未解決。")]
    [InlineData("- Question: x")]
    [InlineData("- q: x")]
    [InlineData("- Q x")]
    [InlineData("- QA: x")]
    [InlineData("-Q: x")]
    [InlineData("- Ｑ: x")]
    [InlineData("")]
    public void Rejects_lines_that_are_not_questions(string line)
    {
        Parsing.Reject(BulletGrammar.Question, line);
    }

    [Theory]
    [InlineData("Q: How can we loop over an iterable?", "Q:", 0, "How can we loop over an iterable?", false)]
    [InlineData("- Q. 日本語ポストは?", "Q.", 2, "日本語ポストは?", true)]
    [InlineData("- 質問: なぜ?", "質問:", 2, "なぜ?", true)]
    [InlineData("* Q：full-width", "Q：", 2, "full-width", true)]
    [InlineData("  Q: indented", "Q:", 2, "indented", false)]
    public void Reads_questions_with_or_without_a_bullet_and_every_question_marker(string line, string tag, int tagIndex, string text, bool bulleted)
    {
        var question = Parsing.Value(BulletGrammar.Question, line);

        question.Tag.Should().Be(new LinePart(tag, tagIndex));
        question.Text.Text.Should().Be(text);
        (question.Marker is not null).Should().Be(bulleted);
    }

    [Theory]
    [InlineData("Q.5 percent")]
    [InlineData("Queue: x")]
    public void A_full_stop_needs_a_space_after_it_and_the_marker_is_a_whole_word(string line)
    {
        Parsing.Reject(BulletGrammar.Question, line);
    }
}
