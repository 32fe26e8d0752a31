using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The texts the reader gives a question and its answers are their lines' without indentation, bullet marker and
// Q/A marker: a Hiki depth run, a Japanese "・" written without a space, a marker with nothing after it, a line of
// one character, and a one-line exchange whose answer has no marker of its own.
public sealed class ReaderAnswerTextTests
{
    private static Model.Exchange[] Exchanges(string body) =>
        ConferenceLog.Parse("# RubyKaigi 2019\n\n## Day 1\n\n### Ruby 3 by Matz\n\n" + body).Talks.Single().Exchanges.ToArray();

    [Fact]
    public void A_question_under_a_QA_lead_in_with_its_answer_after_the_question_mark_is_both_texts()
    {
        var exchange = Exchanges("- Q&A\n  - Is it fast? Yes, mostly.\n").Should().ContainSingle().Subject;

        exchange.Question!.Text.Should().Be("Is it fast? Yes, mostly.");
        exchange.Answers.Select(a => a.Text).Should().Equal("Is it fast? Yes, mostly.");
    }

    [Fact]
    public void An_answer_marker_at_the_end_of_a_one_line_question_leaves_the_line_whole()
    {
        var exchange = Exchanges("- Q&A\n  - Is there a recording? Answer:\n").Should().ContainSingle().Subject;

        exchange.Question!.Text.Should().Be("Is there a recording? Answer:");
        exchange.Answers.Select(a => a.Text).Should().Equal("Is there a recording? Answer:");
    }

    [Fact]
    public void An_answer_marker_with_nothing_after_it_is_the_answers_text()
    {
        var exchange = Exchanges("- Q: Is there a recording?\n- A:\n").Should().ContainSingle().Subject;

        exchange.Question!.Text.Should().Be("Is there a recording?");
        exchange.Answers.Select(a => a.Text).Should().Equal("A:");
    }

    [Theory]
    [InlineData("*")]
    [InlineData("-")]
    public void A_bullet_marker_alone_under_a_question_is_the_answers_text(string marker)
    {
        var exchange = Exchanges($"- Q: Which version?\n  {marker}\n").Should().ContainSingle().Subject;

        exchange.Question!.Text.Should().Be("Which version?");
        exchange.Answers.Select(a => a.Text).Should().Equal(marker);
    }

    [Theory]
    [InlineData("I have not tried it.")]
    [InlineData("3")]
    public void An_unmarked_answer_paragraph_keeps_its_first_word(string answer)
    {
        var exchange = Exchanges($"Q: Does it run on ARM?\n\n{answer}\n").Should().ContainSingle().Subject;

        exchange.Question!.Text.Should().Be("Does it run on ARM?");
        exchange.Answers.Select(a => a.Text).Should().Equal(answer);
    }

    [Fact]
    public void A_japanese_bullet_written_without_a_space_is_not_part_of_the_texts()
    {
        var exchange = Exchanges("・質問：本番で使っていますか？\n  ・回答：はい\n").Should().ContainSingle().Subject;

        exchange.Question!.Text.Should().Be("本番で使っていますか？");
        exchange.Answers.Select(a => a.Text).Should().Equal("はい");
    }

    [Fact]
    public void A_hiki_depth_run_is_not_part_of_the_answers_text()
    {
        var log = ConferenceLog.Parse("! 日本Ruby会議 2019\n\n!! 1日目\n\n!!! Ruby 3 by Matz\n\n* Q: Does it scale?\n** A: To ten nodes.\n");

        var exchange = log.Talks.Single().Exchanges.Should().ContainSingle().Subject;
        exchange.Question!.Text.Should().Be("Does it scale?");
        exchange.Answers.Select(a => a.Text).Should().Equal("To ten nodes.");
        exchange.Answers[0].Span.Line.Should().Be(8);
    }
}
