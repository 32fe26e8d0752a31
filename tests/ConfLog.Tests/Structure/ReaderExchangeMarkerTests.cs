using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The reader pairs the questions and answers under a Q&A lead-in; the texts it gives them are the bullets' without the
// markers people write in any case ("Question:", "question:", "q1.").
public sealed class ReaderExchangeMarkerTests
{
    private static string Notes(string question, string answer) => $"""
        # Postgres Conference 2019

        ## Day 1 - March 19

        ### Logical replication in practice by Sam Poe

        - slots fill the disk
        - Q&A
          - {question}How do you monitor lag?
            - {answer}pg_stat_replication
        """;

    [Theory]
    [InlineData("Question: ", "Answer: ")]
    [InlineData("question: ", "answer: ")]
    [InlineData("q1. ", "a1. ")]
    public void A_question_and_answer_marker_in_any_case_is_not_part_of_the_text(string question, string answer)
    {
        var talk = ConferenceLog.Parse(Notes(question, answer)).Talks.Single();

        var exchange = talk.Exchanges.Should().ContainSingle().Subject;
        exchange.Question!.Text.Should().Be("How do you monitor lag?");
        exchange.Answers.Select(a => a.Text).Should().Equal("pg_stat_replication");
    }

    [Fact]
    public void A_question_and_its_answer_on_one_line_are_split_at_the_answers_marker()
    {
        const string Text = """
            # Postgres Conference 2019

            ## Day 1 - March 19

            ### Logical replication in practice by Sam Poe

            - slots fill the disk
            - Q&A
              - Q: How do you monitor lag? A: pg_stat_replication
            """;
        var talk = ConferenceLog.Parse(Text).Talks.Single();

        var exchange = talk.Exchanges.Should().ContainSingle().Subject;
        exchange.Question!.Text.Should().Be("How do you monitor lag?");
        exchange.Answers.Select(a => a.Text).Should().Equal("pg_stat_replication");
        exchange.Answers[0].Span.Line.Should().Be(exchange.Question.Span.Line);
    }
}
