using System.Linq;
using ConfLog.Model;
using ConfLog.Outline;
using ConfLog.Reading;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Reading;

// NotesReader on the 35 real files of Corpus/ against a reader's annotations (Corpus/facts.json), scored as
// ../shared/tools/score-corpus scores. The floors are the figures the reader reached when they were written: a change
// that lowers one fails here and has to say why; a change that raises one should raise the floor.
public sealed class CorpusReadingTests
{
    private const int AnnotatedTalks = 268;
    private const int AnnotatedExchanges = 50;
    private const int RightFloor = 254;
    private const int FalseCeiling = 13;
    private const int ExchangesFloor = 46;

    [Fact]
    public void The_corpus_still_holds_what_the_annotations_count()
    {
        var scores = CorpusScore.Run();

        scores.Should().HaveCount(35);
        scores.Sum(s => s.Talks).Should().Be(AnnotatedTalks);
        scores.Sum(s => s.ExchangesWanted).Should().Be(AnnotatedExchanges);
    }

    [Fact]
    public void The_reader_gets_the_title_and_speakers_of_at_least_as_many_talks_as_before()
    {
        CorpusScore.Run().Sum(s => s.Right).Should().BeGreaterThanOrEqualTo(RightFloor);
    }

    [Fact]
    public void The_reader_finds_no_more_false_talks_than_before()
    {
        CorpusScore.Run().Sum(s => s.False).Should().BeLessThanOrEqualTo(FalseCeiling);
    }

    [Fact]
    public void The_reader_finds_at_least_as_many_exchanges_as_before()
    {
        CorpusScore.Run().Sum(s => s.ExchangesFound).Should().BeGreaterThanOrEqualTo(ExchangesFloor);
    }

    [Fact]
    public void The_figures_meet_the_issue_goals_of_90_percent_right_5_percent_false_and_80_percent_of_exchanges()
    {
        var scores = CorpusScore.Run();

        (scores.Sum(s => s.Right) * 100).Should().BeGreaterThanOrEqualTo(90 * AnnotatedTalks);
        (scores.Sum(s => s.False) * 100).Should().BeLessThanOrEqualTo(5 * AnnotatedTalks);
        (scores.Sum(s => s.ExchangesFound) * 100).Should().BeGreaterThanOrEqualTo(80 * AnnotatedExchanges);
    }

    [Theory]
    [InlineData("en-about-these-notes-randall.txt")]
    [InlineData("ja-ponsyukey-005-manami.txt")]
    [InlineData("ja-ponsyukey-020-yokona.txt")]
    [InlineData("ja-ponsyukey-ideathon-minutes-maaya.txt")]
    [InlineData("ja-pycamp-organizer-manual-tsutsui.txt")]
    [InlineData("ja-tech-book-fest-okamoto.txt")]
    public void A_file_that_is_not_event_notes_yields_no_talk(string name)
    {
        var read = NotesReader.Read(Corpus.Text(name));

        read.Talks.Should().BeEmpty();
        read.Sections.Should().NotBeEmpty("its headings are still read, as sections");
    }

    [Fact]
    public void Every_corpus_file_is_read_in_the_markup_its_annotation_names()
    {
        using var facts = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(Corpus.Folder, "facts.json")));
        foreach (var record in facts.RootElement.EnumerateArray())
        {
            string name = record.GetProperty("file").GetString()!;
            string dialect = record.GetProperty("dialect").GetString()!;
            var expected = dialect.Contains("reStructuredText", System.StringComparison.Ordinal) ? NoteMarkup.ReStructuredText
                : dialect.StartsWith("Plain-text", System.StringComparison.Ordinal) ? NoteMarkup.Plain
                : NoteMarkup.Markdown;

            var read = NotesReader.Read(Corpus.Text(name));
            if (read.Markup == NoteMarkup.Plain && dialect.Contains("no headings", System.StringComparison.Ordinal))
            {
                continue; // Markdown with nothing but bullets has no mark of Markdown to tell it by: plain reads it the same
            }

            read.Markup.Should().Be(expected, "{0} is {1}; the detector said: {2}", name, dialect, read.MarkupReason);
        }
    }
}
