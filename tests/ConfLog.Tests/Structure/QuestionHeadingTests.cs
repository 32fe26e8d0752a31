using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A heading inside a talk that is written as a question ("#### 質問：…") stays a heading of the talk: the reader's
// reading of a heading comes first, and its answer below is an answer with no question line of its own.
public sealed class QuestionHeadingTests
{
    [Fact]
    public void A_question_written_as_a_heading_stays_a_heading_of_the_talk()
    {
        const string Text = """
            # RubyKaigi 2019

            ## Day 1

            ### Ruby 3 by Matz

            - slides online

            #### 質問：速度は？

            - 回答：十分速い
            """;
        var talk = ConferenceLog.Parse(Text).Talks.Single();

        var heading = talk.Items.OfType<Model.Heading>().Should().ContainSingle().Subject;
        heading.Text.Should().Be("質問：速度は？");
        heading.Span.Line.Should().Be(9);
        var exchange = talk.Exchanges.Should().ContainSingle().Subject;
        exchange.Question.Should().BeNull();
        exchange.Answers.Select(a => a.Text).Should().Equal("十分速い");
    }
}
