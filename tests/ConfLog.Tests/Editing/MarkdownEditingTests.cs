using System.Collections.Immutable;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Editing;

// A Markdown file of the corpus keeps its form when edited: `### Title by Speaker` headers, `*` bullets, blank lines.
public sealed class MarkdownEditingTests
{
    private const string File = "en-csun-assistive-technology-sandberg.txt";

    private static readonly ConferenceLog Log = ConferenceLog.Parse(Corpus.Text(File));

    private static Talk First => Log.Talks[0];

    private static Note NewNote(string text) => new(text, null, "-", 0, default, default, default);

    [Fact]
    public void The_file_is_read_as_Markdown_with_talks_under_headings()
    {
        // Guards the tests below: they are about a Markdown log.
        Log.Markup.Should().Be(NoteMarkup.Markdown);
        Log.Source.Lines[First.Header.Line - 1].Text.Should().Be("### KPIs for accessibility by Kate Kalcevich");
    }

    [Fact]
    public void A_new_title_keeps_the_heading_marks_and_the_speaker()
    {
        var edited = Log.ReplaceNode(First, First.WithTitle("KPIs for a11y"));

        var changes = LineChanges.Between(Log, edited);
        changes.RemovedText.Should().Equal("### KPIs for accessibility by Kate Kalcevich");
        changes.AddedText.Should().Equal("### KPIs for a11y by Kate Kalcevich");
        edited.Markup.Should().Be(NoteMarkup.Markdown);
        edited.Talks[0].Title.Should().Be("KPIs for a11y");
        edited.Talks[0].Speakers.Single().Name.Should().Be("Kate Kalcevich");
    }

    [Fact]
    public void A_renamed_speaker_is_rewritten_inside_the_heading()
    {
        var speaker = First.Speakers.Single();

        var edited = Log.ReplaceNode(speaker, speaker with { Name = "Kate K. Kalcevich" });

        LineChanges.Between(Log, edited).AddedText.Should().Equal("### KPIs for accessibility by Kate K. Kalcevich");
    }

    [Fact]
    public void A_note_added_takes_the_files_star_bullet()
    {
        var edited = Log.AddItem(First, NewNote("Slides to follow"));

        var changes = LineChanges.Between(Log, edited);
        changes.Removed.Should().BeEmpty();
        changes.AddedText.Should().Equal("* Slides to follow");
        edited.Talks[0].Notes.Last().Text.Should().Be("Slides to follow");
    }

    [Fact]
    public void A_talk_added_gets_a_heading_and_the_spacing_of_its_neighbour()
    {
        var talk = new Talk("Screen readers 101", ImmutableArray.Create(new Speaker("Ann Lee", null, default)), default, ImmutableArray.Create<SessionItem>(NewNote("NVDA and JAWS")), null, null, false, default);

        var edited = Log.InsertNodeAfter(First, talk);

        var changes = LineChanges.Between(Log, edited);
        changes.Removed.Should().BeEmpty();
        string.Join("|", changes.AddedText).Should().Contain("### Screen readers 101 by Ann Lee||* NVDA and JAWS");
        edited.Talks.Select(t => t.Title).Should().Equal(new[] { First.Title, "Screen readers 101" }.Concat(Log.Talks.Skip(1).Select(t => t.Title)));
    }
}
