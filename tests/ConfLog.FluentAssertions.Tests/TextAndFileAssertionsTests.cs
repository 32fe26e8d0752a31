using System;
using System.IO;
using FluentAssertions;
using FluentAssertions.Execution;
using Xunit;
using Xunit.Sdk;

namespace ConfLog.FluentAssertions.Tests;

public sealed class TextAndFileAssertionsTests : IDisposable
{
    private const string Bad = "T / S\n- note\n[2012-13-45 25:61]\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "conflog-fa-" + Guid.NewGuid().ToString("N"));

    public TextAndFileAssertionsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ParseAsConfLog_passes_on_the_seed_and_continues_on_the_log()
    {
        string notes = Seed.Text;

        var log = notes.Should().ParseAsConfLog().And.HaveTalks(10).And.HaveNoDiagnostics().And.Subject;

        log.Talks[9].Title.Should().Be("TwitVisor");
    }

    [Fact]
    public void ParseAsConfLog_gives_the_log_as_Which()
    {
        string notes = Seed.Text;

        notes.Should().ParseAsConfLog().Which.Event.Venue.Should().Be("筑波大学");
    }

    [Fact]
    public void ParseAsConfLog_lists_the_errors()
    {
        string notes = Bad;

        Action act = () => notes.Should().ParseAsConfLog("every {0} counts", "stamp");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            "Expected notes to parse as a ConfLog log with no errors because every stamp counts, but found 1:",
            "(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12"));
    }

    [Fact]
    public void ParseAsConfLog_fails_on_null()
    {
        string? notes = null;

        Action act = () => notes.Should().ParseAsConfLog();

        act.Should().Throw<XunitException>().Which.Message.Should().Be("Expected notes to parse as a ConfLog log with no errors, but found <null>.");
    }

    [Fact]
    public void A_string_is_always_the_text_of_notes_never_a_path()
    {
        // The file does not exist, and the string still passes: it is one line of prose, as the docs say.
        string notes = Path.Combine(_folder, "missing.txt");

        var log = notes.Should().ParseAsConfLog().Which;

        log.Sessions.Should().ContainSingle().Which.Prose.Should().ContainSingle().Which.Text.Should().Be(notes);
    }

    [Fact]
    public void A_file_passes_on_the_seed_and_continues_on_the_log()
    {
        var file = new FileInfo(Seed.Path);

        file.Should().ParseAsConfLog().And.HaveTalk("TwitVisor").Which.Should().EndAt("17:47");
    }

    [Fact]
    public void A_file_lists_its_errors_the_way_compilers_do_with_the_reason()
    {
        var file = new FileInfo(Write("bad.txt", Bad));

        Action act = () => file.Should().ParseAsConfLog("the {0} is committed", "log");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            $"Expected file \"{file.FullName}\" to parse as a ConfLog log with no errors because the log is committed, but found 1:",
            $"{file.FullName}(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12"));
    }

    [Fact]
    public void A_missing_file_fails_with_a_message_naming_its_path()
    {
        var file = new FileInfo(Path.Combine(_folder, "notes.txt"));

        Action act = () => file.Should().ParseAsConfLog("CI reads {0}", "it");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            $"Expected file \"{Path.Combine(_folder, "notes.txt")}\" to parse as a ConfLog log with no errors because CI reads it, but it does not exist.");
    }

    [Fact]
    public void A_file_written_after_its_FileInfo_was_made_is_read()
    {
        var file = new FileInfo(Path.Combine(_folder, "late.txt"));
        _ = file.Exists;
        Write("late.txt", Seed.Text);

        file.Should().ParseAsConfLog().And.HaveTalks(10);
    }

    [Fact]
    public void A_null_file_fails_naming_the_callers_expression()
    {
        FileInfo? notes = null;

        Action act = () => notes.Should().ParseAsConfLog();

        act.Should().Throw<XunitException>().Which.Message.Should().Be("Expected notes to parse as a ConfLog log with no errors, but found <null>.");
    }

    [Fact]
    public void A_folder_of_good_logs_passes_and_maps_each_file_to_its_log()
    {
        string seed = Write("seed.txt", Seed.Text);
        string notes = Write("notes.md", "TwitVisor / 島田恭平(筑波大学)\n- Q: 日本語ポストは?\n- A: できるはず。\n");
        Write("ignored.json", "{}");

        var logs = new DirectoryInfo(_folder).Should().ParseAllAsConfLogs().Which;

        logs.Keys.Should().Equal(notes, seed);
        logs[seed].Should().HaveTalks(10);
        logs[notes].Talks[0].Should().HaveQuestionContaining("日本語");
    }

    [Fact]
    public void A_folder_lists_every_error_of_every_file_with_the_reason()
    {
        Write("a-good.txt", "T / S\n- note\n");
        string bad = Write("b-bad.md", Bad);
        string worse = Write("c-worse.txt", "- 2012-13-45 会場\n[2012-12-04 24:00]\n");

        Action act = () => new DirectoryInfo(_folder).Should().ParseAllAsConfLogs("the {0} are published", "notes");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            $"Expected every .txt and .md file in folder \"{_folder}\" to parse as a ConfLog log with no errors because the notes are published, but 2 of 3 files have errors:",
            $"{bad}(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12",
            $"{worse}(1,8): error CL0008: '- 2012-13-45 会場' is not an event header: unexpected '13' in month, expected 01-12",
            $"{worse}(2,13): error CL0001: '[2012-12-04 24:00]' is not a timestamp: unexpected '24' in hour, expected 00-23"));
    }

    [Fact]
    public void A_folder_is_searched_below_only_when_asked()
    {
        Write("top.txt", "T / S\n");
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        string bad = Write(Path.Combine("sub", "bad.txt"), Bad);
        var folder = new DirectoryInfo(_folder);

        folder.Should().ParseAllAsConfLogs();
        Action act = () => folder.Should().ParseAllAsConfLogs(SearchOption.AllDirectories);

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            $"Expected every .txt and .md file in folder \"{_folder}\" and its subfolders to parse as a ConfLog log with no errors, but 1 of 2 files has errors:",
            $"{bad}(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12"));
    }

    [Fact]
    public void A_folder_without_logs_fails()
    {
        Write("notes.json", "{}");

        Action act = () => new DirectoryInfo(_folder).Should().ParseAllAsConfLogs();

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            $"Expected every .txt and .md file in folder \"{_folder}\" to parse as a ConfLog log with no errors, but it holds no .txt or .md file.");
    }

    [Fact]
    public void A_missing_folder_fails_naming_its_path()
    {
        string folder = Path.Combine(_folder, "missing");

        Action act = () => new DirectoryInfo(folder).Should().ParseAllAsConfLogs();

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            $"Expected every .txt and .md file in folder \"{folder}\" to parse as a ConfLog log with no errors, but the folder does not exist.");
    }

    [Fact]
    public void Inside_an_assertion_scope_each_failure_is_reported_once_and_the_next_assertion_starts_afresh()
    {
        var file = new FileInfo(Path.Combine(_folder, "missing.txt"));
        string notes = Bad;

        Action act = () =>
        {
            using var scope = new AssertionScope();
            file.Should().ParseAsConfLog();
            notes.Should().ParseAsConfLog();
        };

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            $"Expected file \"{file.FullName}\" to parse as a ConfLog log with no errors, but it does not exist.",
            "Expected notes to parse as a ConfLog log with no errors, but found 1:",
            "(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12",
            string.Empty));
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
