using System.Linq;
using ConfLog.Reading;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Reading;

// Questions and answers in the forms people write them; a question with no answer is not an exchange.
public sealed class QaReadingTests
{
    private static ReadTalk Talk(string body) => NotesReader.Read("## Building queues by Ana Ruiz\n\n" + body).Talks.Single();

    [Theory]
    [InlineData("Q: Does it scale?\nA: Yes, to a point.\n")]
    [InlineData("* Q: Does it scale?\n  * A: Yes, to a point.\n")]
    [InlineData("Q. Does it scale?\nA. Yes.\n")]
    [InlineData("Q1: Does it scale?\nA1: Yes.\nA2: Mostly.\n")]
    [InlineData("質問: スケールしますか?\n回答: します\n")]
    [InlineData("**Question:** Does it scale?\n\n**Answer:** Yes.\n")]
    [InlineData("* Q: Does it scale? A: Yes, to a point.\n")]
    [InlineData("* Asked before the talk Q: Does it scale? A: Yes, to a point.\n")]
    [InlineData("> Q: Does it scale?\n>\n> A: Yes.\n")]
    [InlineData("Q: Does it scale?\n\nOnly with sharding, and only for reads.\n")]
    public void A_marked_question_with_its_answer_is_one_exchange(string body)
    {
        Talk(body).Exchanges.Should().ContainSingle();
    }

    [Theory]
    [InlineData("Q: Does it scale?\n\nQ: And the cost?\n\nA: Free.\n", 5)]
    [InlineData("Q: Does it scale?\nA: Yes.\n\nQ: And the cost?\n", 3)]
    [InlineData("Q: Does it scale?\n\nIs it fast?\n\nQ: What of cost?\nA: Free.\n", 7)]
    public void A_marked_question_with_no_answer_is_not_an_exchange(string body, int answered)
    {
        // An unmarked paragraph after a "Q:" answers it, unless it asks in turn; a "Q:" followed by another "Q:" is unanswered.
        Talk(body).Exchanges.Should().ContainSingle().Which.QuestionLine.Should().Be(answered);
    }

    [Fact]
    public void Under_a_lead_in_each_bullet_is_a_question_and_the_bullets_nested_under_it_its_answers()
    {
        var talk = Talk("* 質疑応答\n  * Redisは使えますか?\n    * 使えます\n  * 料金は?\n    * 無料\n    * ただし制限あり\n  * もう一つは思い出せない\n");

        talk.Exchanges.Select(e => (e.QuestionLine, e.AnswerLines.Count)).Should().Equal((4, 1), (6, 2));
    }

    [Fact]
    public void A_question_nested_under_an_answer_is_a_follow_up_not_another_answer()
    {
        var talk = Talk("* 質疑応答\n  * Does it shard?\n    * by tenant\n      * And across regions?\n        * not yet\n      * And cost?\n");

        talk.Exchanges.Select(e => e.AnswerLines.Count).Should().Equal(1, 1);
    }

    [Fact]
    public void A_lead_in_heading_makes_the_bullets_under_it_questions()
    {
        var read = NotesReader.Read("# Queues\n\n## Alan Ng\n\n* notes\n\n### Questions\n\n* How do you retry?\n  * with backoff\n* Why not Kafka?\n");

        read.Talks.Single().Exchanges.Should().ContainSingle().Which.QuestionLine.Should().Be(9);
    }

    [Fact]
    public void A_lead_in_bullet_with_the_questions_as_its_siblings_still_leads_them()
    {
        var talk = Talk("* 時間が足りなかった\n* 質疑応答\n* botはどこで動かすの\n\n  * サーバーを借りている\n* 次回も来ます\n");

        talk.Exchanges.Should().ContainSingle().Which.QuestionLine.Should().Be(5);
    }

    [Fact]
    public void A_bullet_that_asks_with_answers_nested_under_it_is_an_exchange_and_an_aside_is_not()
    {
        var talk = Talk("* Will the API change?\n  * Guido: not this year\n* I wonder how rails does this?\n* plain note\n");

        talk.Exchanges.Should().ContainSingle().Which.QuestionLine.Should().Be(3);
    }
}
