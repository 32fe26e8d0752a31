using System.Linq;
using ConfLog.Outline;
using ConfLog.Reading;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Reading;

// Timed bullets that name the document's talks give them their times; the heading over them is a schedule.
public sealed class TimetableTests
{
    private const string Notes = "# Kernel meetup\n\n## Timetable\n- 13:00-13:45 「eBPF 入門」\n- 13:45 休憩\n- 14:00〜 『ファイルシステムの話』\n\n"
        + "## 「eBPF 入門」山本\n- kprobe\n## 「ファイルシステムの話」林さん\n- ext4\n";

    [Fact]
    public void A_timetable_gives_each_talk_it_names_its_times()
    {
        var read = NotesReader.Read(Notes);

        read.Talks.Select(t => (t.Title, t.Start, t.End)).Should().Equal(("eBPF 入門", "13:00", "13:45"), ("ファイルシステムの話", "14:00", null));
        read.Talks[0].Evidence.Should().Contain(e => e.Rule == "timetable" && e.Line == 4);
    }

    [Fact]
    public void The_heading_over_a_timetable_is_a_section_and_not_a_talk()
    {
        var read = NotesReader.Read(Notes);

        read.Talks.Should().NotContain(t => t.Title == "Timetable");
        read.Sections.Should().Contain(s => s.Text == "Timetable" && s.Evidence.Rule == "timetable");
    }

    [Fact]
    public void Timed_notes_that_name_no_talk_are_not_a_timetable()
    {
        var read = NotesReader.Read("# Meetup\n\n## Queues by Ana Ruiz\n- 10:20 demo\n- 10:35 backpressure\n## Joins by Bo Chen\n- windows\n");

        read.Talks.Should().OnlyContain(t => t.Start == null);
    }

    [Fact]
    public void One_timed_bullet_is_a_note_not_a_timetable()
    {
        var outline = OutlineBuilder.Build("- 13:00 Queues\n- backpressure\n- windows\n");

        Timetable.Find(outline.Lines, 0, outline.Lines.Count).Should().BeNull();
    }

    [Theory]
    [InlineData("「eBPF 入門」", "eBPF入門", true)]
    [InlineData("**Queues in practice**", "Queues in practice: lessons from a year", true)]
    [InlineData("Opening", "Open", false)]
    [InlineData("Queues", "Joins", false)]
    public void A_timetable_names_a_title_by_its_letters_and_digits(string entry, string title, bool names)
    {
        Timetable.Names(Timetable.TitleKey(entry), Timetable.TitleKey(title)).Should().Be(names);
    }
}
