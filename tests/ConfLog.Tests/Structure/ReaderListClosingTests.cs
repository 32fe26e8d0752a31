using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// In notes the reader of real notes reads, a list ends at a heading inside the talk, at a question or an answer the
// reader paired, and at a line of another kind the reader left as it is ("Reads / Writes" is no talk header there):
// an indented line after it is not part of the note above, and a list after it starts its indentation afresh.
public sealed class ReaderListClosingTests
{
    private static string Notes(string body) => $"""
        # DevConf 2024

        ## Day 1 - March 19

        ### Logical replication by Sam Poe

        {body}
        """;

    [Fact]
    public void A_line_of_two_words_around_a_slash_is_prose_that_ends_the_list()
    {
        var talk = ConferenceLog.Parse(Notes("- combinators compose\nReads / Writes  \n  - shard by tenant")).Talks.Single();

        talk.Notes.Select(n => n.Text).Should().Equal("combinators compose", "shard by tenant");
        talk.Notes[0].Children.Should().BeEmpty();
        talk.Items.OfType<ConfLog.Model.Prose>().Single().Should().Match<ConfLog.Model.Prose>(p => p.Text == "Reads / Writes" && p.Span.Line == 8);
    }

    [Fact]
    public void A_heading_inside_the_talk_ends_the_list_so_an_indented_line_after_it_is_prose()
    {
        var talk = ConferenceLog.Parse(Notes("- combinators compose\n#### Details\n  more on that")).Talks.Single();

        talk.Notes.Single().Text.Should().Be("combinators compose");
        talk.Items.OfType<ConfLog.Model.Prose>().Single().Text.Should().Be("more on that");
    }

    [Fact]
    public void A_paired_question_ends_the_list_so_an_indented_line_after_it_is_not_the_lead_ins()
    {
        var talk = ConferenceLog.Parse(Notes("- slots fill the disk\n- Q&A\n  - Q: How do you monitor lag? A: pg_stat_replication\n  and it alerts")).Talks.Single();

        talk.Notes.Select(n => n.Text).Should().Equal("slots fill the disk", "Q&A");
        talk.Exchanges.Single().Answers.Select(a => a.Text).Should().Equal("pg_stat_replication");
        talk.Items.OfType<ConfLog.Model.Prose>().Single().Text.Should().Be("and it alerts");
    }

    [Fact]
    public void A_paired_answer_ends_the_list_of_a_note_between_so_a_tab_indented_list_after_it_is_not_mixed()
    {
        // The user's TODO line, indented with spaces, stands between the question and its answer as a note of its own.
        var options = ConfLogOptions.Default with { Recognizers = [Spec.CustomRecognizerTests.Todo] };
        string text = Notes("- Q: How do you monitor lag?\n  TODO: ask again\n- A: pg_stat_replication\n- next steps\n\t- read the docs");

        var log = ConferenceLog.Parse(text, options);

        var talk = log.Talks.Single();
        talk.Exchanges.Single().Answers.Select(a => a.Text).Should().Equal("pg_stat_replication");
        talk.Notes.Select(n => n.Text).Should().Equal("ask again", "next steps");
        talk.Notes[1].Children.Single().Text.Should().Be("read the docs");
        log.Diagnostics.Should().BeEmpty();
    }
}
