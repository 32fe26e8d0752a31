using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// An exchange is positioned like any parent: its span runs from its question through its last answer.
public sealed class ExchangeSpanTests
{
    [Fact]
    public void An_exchange_spans_its_question_through_its_last_answer()
    {
        const string Text = "Title / Ann Lee\n- Q: why?\n- A: because\n- A: and also\n";
        var log = ConferenceLog.Parse(Text);

        var exchange = log.Talks.Single().Exchanges.Single();
        exchange.Span.Line.Should().Be(2);
        exchange.Span.Offset.Should().Be(exchange.Question!.Span.Offset);
        exchange.Span.End.Should().Be(exchange.Answers[1].Span.End);
        exchange.Span.Length.Should().Be("- Q: why?\n- A: because\n- A: and also".Length);
    }

    [Fact]
    public void A_question_with_no_answer_spans_its_own_line()
    {
        const string Text = "Title / Ann Lee\n- Q: why?\n- a note\n";
        var log = ConferenceLog.Parse(Text);

        var exchange = log.Talks.Single().Exchanges.Single();
        exchange.Answers.Should().BeEmpty();
        exchange.Span.Should().Be(exchange.Question!.Span);
    }
}
