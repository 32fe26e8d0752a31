using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests;

// The event's date on the real notes of Corpus/, against facts.json: read where a title or a metadata line writes it,
// and never one the notes do not give (a front matter's date is the post's, not the event's).
public sealed class CorpusEventTests
{
    [Fact]
    public void The_event_dates_the_corpus_writes_in_titles_are_read_and_none_is_wrong()
    {
        using var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus.Folder, "facts.json")));
        int right = 0;
        foreach (var file in facts.RootElement.EnumerateArray())
        {
            string name = file.GetProperty("file").GetString()!;
            var annotated = file.GetProperty("event").GetProperty("date");
            DateTime? expected = annotated.ValueKind == JsonValueKind.String
                ? DateTime.ParseExact(annotated.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;

            var date = ConferenceLog.Load(Corpus.PathOf(name)).Event.Date;

            if (date is not null)
            {
                date.Should().Be(expected, "{0} gives the event's date only where it writes it", name);
                right++;
            }
        }

        // The three ponsyukey titles ("2020/08/16") and SmashingConf's "- 10/8/2024"; the other annotated dates are in
        // day headings, prose or inferred from a year in the title.
        right.Should().BeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void The_reST_memos_over_and_underlined_titles_are_the_event_titles()
    {
        using var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus.Folder, "facts.json")));
        int same = 0;
        foreach (var file in facts.RootElement.EnumerateArray())
        {
            var annotated = file.GetProperty("event").GetProperty("title");
            string? title = ConferenceLog.Load(Corpus.PathOf(file.GetProperty("file").GetString()!)).Event.Title;
            same += annotated.ValueKind == JsonValueKind.String && title == annotated.GetString() ? 1 : 0;
        }

        // EuroPython, US PyCon and the PyCon SG, Taiwan and Thailand memos (reST) and two Markdown titles (RustConf's with
        // its "\-" escape read as it renders); the others write a
        // date or a word more than the annotation keeps ("PyCon Malaysia レポート", "第5回 API設計 2020/08/16 14:00-17:00").
        same.Should().BeGreaterThanOrEqualTo(7);
    }
}
