using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A list of notes and a question waiting for its answer end at a line of another kind: a heading, a timestamp, a
// line of prose, an answer (which ends a list, not its question), a note (which ends a question). After the end, an
// indented line is not part of the note above it any more.
public sealed class WhatEndsAListTests
{
    private static Talk TalkOf(string text) => ConferenceLog.Parse(text).Talks.Single();

    [Fact]
    public void A_heading_inside_a_talk_ends_the_list_so_an_indented_line_after_it_is_prose()
    {
        var talk = TalkOf("Parsers / Ann Lee\n- combinators compose\n### Details\n  more on that\n");

        talk.Notes.Single().Text.Should().Be("combinators compose");
        talk.Items.Select(i => i.GetType().Name).Should().Equal("Note", "Heading", "Prose");
    }

    [Fact]
    public void A_heading_between_a_question_and_an_answer_leaves_the_question_unanswered()
    {
        var log = ConferenceLog.Parse("Parsers / Ann Lee\nQ: why Sprache?\n### Details\nA: it composes\n");

        log.Talks.Single().Exchanges.Select(e => e.Answers.Length).Should().Equal(0, 1);
        log.Diagnostics.Select(d => (d.Code, d.Span.Line)).Should().Equal(
            (DiagnosticCodes.UnansweredQuestion.Code, 2), (DiagnosticCodes.AnswerWithoutQuestion.Code, 4));
    }

    [Fact]
    public void A_timestamp_ends_the_list_so_a_bullet_indented_after_it_is_not_a_child()
    {
        var talk = TalkOf("Parsers / Ann Lee\n- combinators compose\n[2012-12-04 10:40]\n  - an indented aside\n- the end\n");

        talk.Notes.Select(n => n.Text).Should().Equal("combinators compose", "an indented aside", "the end");
        talk.Notes[0].Children.Should().BeEmpty();
    }

    [Fact]
    public void A_timestamp_between_a_question_and_an_answer_leaves_the_question_unanswered()
    {
        var log = ConferenceLog.Parse("Parsers / Ann Lee\nQ: why Sprache?\n[2012-12-04 10:40]\nA: it composes\n- noted\n");

        log.Talks.Single().Exchanges.Select(e => e.Question is null).Should().Equal(false, true);
        log.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.UnansweredQuestion.Code, DiagnosticCodes.AnswerWithoutQuestion.Code);
    }

    [Fact]
    public void An_answer_ends_the_list_so_a_bullet_indented_after_it_is_not_a_child()
    {
        var talk = TalkOf("Parsers / Ann Lee\nQ: why Sprache?\n- a side note\nA: it composes\n  - an indented aside\n");

        talk.Notes.Select(n => n.Text).Should().Equal("a side note", "an indented aside");
        talk.Notes[0].Children.Should().BeEmpty();
    }

    [Fact]
    public void A_note_between_a_question_and_an_answer_leaves_the_question_unanswered()
    {
        var log = ConferenceLog.Parse("Parsers / Ann Lee\nQ: why Sprache?\n- a side note\nA: it composes\n");

        var exchanges = log.Talks.Single().Exchanges;
        exchanges.Select(e => e.Answers.Length).Should().Equal(0, 1);
        exchanges[1].Question.Should().BeNull();
        log.Diagnostics.Select(d => (d.Code, d.Span.Line)).Should().Equal(
            (DiagnosticCodes.UnansweredQuestion.Code, 2), (DiagnosticCodes.AnswerWithoutQuestion.Code, 4));
    }

    [Fact]
    public void A_blank_line_after_prose_is_an_item_of_the_talk_at_its_line()
    {
        var talk = TalkOf("Parsers / Ann Lee\nAn intro in prose.\n\nMore prose.\n");

        talk.Items.Select(i => i.GetType().Name).Should().Equal("Prose", "Blank", "Prose");
        talk.Items[1].Span.Line.Should().Be(3);
    }
}
