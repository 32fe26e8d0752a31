using System;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Editing;

// src/ConfLog/Editing: edits of the seed rewrite only their own lines, in the seed's forms, and read back as asked.
public sealed class SeedEditingTests
{
    private static ConferenceLog Log => Seed.Log;

    private static Talk Second => Log.Talks[1];

    private static Note NewNote(string text, string? label = null) =>
        new(text, label, "*", 4, ImmutableArray<Link>.Empty, ImmutableArray<Note>.Empty, default);

    [Fact]
    public void Renaming_one_speaker_changes_exactly_one_line()
    {
        var speaker = Second.Speakers.Single();

        var edited = Log.ReplaceNode(speaker, speaker with { Name = "榮樂 英樹" });

        var changes = LineChanges.Between(Log, edited);
        changes.From.Should().Be(Second.Header.Line);
        changes.RemovedText.Should().Equal("準パススルー型VMM開発の難しいところ / 榮樂英樹(イーゲル)");
        changes.AddedText.Should().Equal("準パススルー型VMM開発の難しいところ / 榮樂 英樹(イーゲル)");
        edited.Talks[1].Speakers.Single().Name.Should().Be("榮樂 英樹");
        edited.Talks[1].Speakers.Single().Affiliation.Should().Be("イーゲル");
    }

    [Fact]
    public void The_edited_log_is_the_parse_of_its_own_text()
    {
        var speaker = Second.Speakers.Single();

        var edited = Log.ReplaceNode(speaker, speaker with { Affiliation = "IGEL" });

        edited.Should().Be(ConferenceLog.Parse(edited.ToString()));
        edited.Talks.Select(t => t.ToString()).Should().Equal(Log.Talks.Select(t => t.ToString().Replace("榮樂英樹(イーゲル)", "榮樂英樹(IGEL)")));
    }

    [Fact]
    public void Adding_a_note_under_a_talk_inserts_exactly_one_line_in_the_seeds_marker()
    {
        var edited = Log.AddItem(Second, NewNote("資料は後日公開"));

        var changes = LineChanges.Between(Log, edited);
        changes.Removed.Should().BeEmpty();
        changes.AddedText.Should().Equal("- 資料は後日公開");
        edited.Talks[1].Notes.Last().Text.Should().Be("資料は後日公開");
        edited.Talks[1].Notes.Should().HaveCount(Second.Notes.Length + 1);

        // Added after the talk's last exchange, before the timestamps that close it.
        changes.From.Should().Be(Second.Exchanges.Last().Answers.Last().Span.Line + 1);
    }

    [Fact]
    public void A_note_inserted_after_another_takes_its_place_and_its_label_the_seeds_colon()
    {
        var first = Second.Notes[0];

        var edited = Log.InsertNodeAfter(first, NewNote("XSAVE", label: "新しいCPU"));

        var changes = LineChanges.Between(Log, edited);
        changes.From.Should().Be(first.Span.Line + 1);
        changes.AddedText.Should().Equal("- 新しいCPU: XSAVE");
        edited.Talks[1].Notes[1].Label.Should().Be("新しいCPU");
    }

    [Fact]
    public void Changing_a_notes_text_keeps_its_marker_and_label()
    {
        var labelled = Second.Notes.First(n => n.Label is not null);

        var edited = Log.ReplaceNode(labelled, labelled with { Text = "新しいCPUへの対応。" });

        var changes = LineChanges.Between(Log, edited);
        changes.RemovedText.Should().Equal("- 難しいところ: 新しいCPUへの対応,パススルーしてはいけないデバイスの対応。");
        changes.AddedText.Should().Equal("- 難しいところ: 新しいCPUへの対応。");
    }

    [Fact]
    public void Changing_an_answer_rewrites_its_line_only()
    {
        var answer = Second.Exchanges[0].Answers.Single();

        var edited = Log.ReplaceNode(answer, answer with { Text = "判断できない。" });

        var changes = LineChanges.Between(Log, edited);
        changes.From.Should().Be(answer.Span.Line);
        changes.RemovedText.Should().Equal("- A: 未知の問題がおきているかどうかは判断できないだろう。");
        changes.AddedText.Should().Equal("- A: 判断できない。");
        edited.Talks[1].Exchanges[0].Answers.Single().Text.Should().Be("判断できない。");
    }

    [Fact]
    public void Removing_an_exchange_removes_its_question_and_answer_lines()
    {
        var exchange = Second.Exchanges[0];

        var edited = Log.RemoveNode(exchange);

        var changes = LineChanges.Between(Log, edited);
        changes.Added.Should().BeEmpty();
        changes.RemovedText.Should().Equal(
            "- Q: SMMの対応はむつかしいが、手元のハードでBitVisorがつかえるかどうかユーザ判断できるか?",
            "- A: 未知の問題がおきているかどうかは判断できないだろう。");
        edited.Talks[1].Exchanges.Select(e => e.Question!.Text).Should().Equal(Second.Exchanges.Skip(1).Select(e => e.Question!.Text));
    }

    [Fact]
    public void An_exchange_inserted_is_written_with_the_seeds_tags()
    {
        var exchange = new Exchange(new Question("UEFIは?", default, default), ImmutableArray.Create(new Answer("対応予定。", default, default)), default);

        var edited = Log.InsertNodeAfter(Second.Exchanges.Last(), exchange);

        LineChanges.Between(Log, edited).AddedText.Should().Equal("- Q: UEFIは?", "- A: 対応予定。");
        edited.Talks[1].Exchanges.Last().Answers.Single().Text.Should().Be("対応予定。");
    }

    [Fact]
    public void Adding_a_talk_writes_its_header_in_the_seeds_form()
    {
        var talk = new Talk(
            "BitVisorの新機能",
            ImmutableArray.Create(new Speaker("山田太郎", "筑波大学", default), new Speaker("佐藤花子", null, default)),
            default,
            ImmutableArray.Create<SessionItem>(NewNote("デモあり")),
            start: null,
            end: null,
            startInferred: false,
            default);

        var edited = Log.InsertNodeAfter(Log.Talks[0], talk);

        var changes = LineChanges.Between(Log, edited);
        changes.Removed.Should().BeEmpty();
        changes.AddedText.Should().Equal("BitVisorの新機能 / 山田太郎(筑波大学), 佐藤花子", "- デモあり");
        edited.Talks.Should().HaveCount(Log.Talks.Length + 1);
        edited.Talks[1].Speakers.Select(s => s.ToString()).Should().Equal("山田太郎(筑波大学)", "佐藤花子");
    }

    [Fact]
    public void Removing_a_talk_removes_exactly_its_lines()
    {
        var talk = Log.Talks[3];

        var edited = Log.RemoveNode(talk);

        var changes = LineChanges.Between(Log, edited);
        changes.Added.Should().BeEmpty();
        changes.From.Should().Be(talk.Span.Line);
        changes.Removed.Should().HaveCount(talk.Span.Line > 0 ? Log.Source.LineAt(talk.Span.End - 1).Number - talk.Span.Line + 1 : 0);
        edited.Talks.Select(t => t.Title).Should().Equal(Log.Talks.Where(t => t != talk).Select(t => t.Title));
    }

    [Fact]
    public void A_new_title_replaces_the_title_and_nothing_else_in_the_header()
    {
        var edited = Log.ReplaceNode(Second, Second.WithTitle("準パススルー型VMMの開発"));

        var changes = LineChanges.Between(Log, edited);
        changes.AddedText.Should().Equal("準パススルー型VMMの開発 / 榮樂英樹(イーゲル)");
        changes.Removed.Should().ContainSingle();
    }

    [Fact]
    public void A_speaker_added_with_talk_with_joins_the_header()
    {
        var edited = Log.ReplaceNode(Second, Second with { Speakers = Second.Speakers.Add(new Speaker("品川高廣", "東京大学", default)) });

        LineChanges.Between(Log, edited).AddedText.Should().Equal("準パススルー型VMM開発の難しいところ / 榮樂英樹(イーゲル), 品川高廣(東京大学)");
    }

    [Fact]
    public void A_note_that_would_read_back_as_a_question_is_refused_and_named()
    {
        var note = Second.Notes[0];

        Action edit = () => Log.ReplaceNode(note, note with { Text = "Q: 本当に?" });

        edit.Should().Throw<ArgumentException>()
            .WithMessage($"Replacing the note «準パススルー型はデバイスドライバが少ないので開発が簡単。» at line {note.Span.Line} could not be written*")
            .And.ParamName.Should().Be("newNode");
    }

    [Fact]
    public void A_node_of_another_log_is_refused()
    {
        var stranger = ConferenceLog.Parse("Talk / Ann(Org)\n- a note\n").Talks[0].Notes[0];

        Action edit = () => Log.RemoveNode(stranger);

        edit.Should().Throw<ArgumentException>().WithMessage("*is not a node of this log*").And.ParamName.Should().Be("node");
    }

    [Fact]
    public void A_question_cannot_stand_among_a_sessions_items()
    {
        Action edit = () => Log.InsertNodeAfter(Second.Notes[0], new Question("?", default, default));

        edit.Should().Throw<ArgumentException>().WithMessage("*can stand only inside an exchange*");
    }

    [Fact]
    public void The_source_log_is_left_as_it_was()
    {
        string before = Log.ToString();

        _ = Log.RemoveNode(Second);

        Log.ToString().Should().Be(before);
        Log.Talks[1].Should().BeSameAs(Second);
    }
}
