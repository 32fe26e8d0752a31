using System;
using System.IO;
using FluentAssertions;
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

        act.Should().Throw<XunitException>().Which.Message.Should().Be("Expected notes to parse as a ConfLog log, but found <null>.");
    }

    [Fact]
    public void LoadAsConfLog_passes_on_the_seed_file()
    {
        string path = Seed.Path;

        path.Should().LoadAsConfLog().And.HaveTalk("TwitVisor").Which.Should().EndAt("17:47");
    }

    [Fact]
    public void LoadAsConfLog_lists_the_errors_the_way_compilers_do()
    {
        string path = Write("bad.txt", Bad);

        Action act = () => path.Should().LoadAsConfLog();

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            $"Expected file \"{path}\" to load as a ConfLog log with no errors, but found 1:",
            $"{path}(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12"));
    }

    [Fact]
    public void LoadAsConfLog_says_so_when_the_file_does_not_exist()
    {
        string path = Path.Combine(_folder, "missing.txt");

        Action act = () => path.Should().LoadAsConfLog();

        act.Should().Throw<XunitException>().Which.Message.Should().Be($"Expected file \"{path}\" to load as a ConfLog log, but it does not exist.");
    }

    [Fact]
    public void LoadAllAsConfLogs_passes_on_a_folder_of_good_logs_and_maps_each_file_to_its_log()
    {
        string seed = Write("seed.txt", Seed.Text);
        string notes = Write("notes.md", "TwitVisor / 島田恭平(筑波大学)\n- Q: 日本語ポストは?\n- A: できるはず。\n");
        Write("ignored.json", "{}");

        var logs = _folder.Should().LoadAllAsConfLogs().Which;

        logs.Keys.Should().Equal(notes, seed);
        logs[seed].Should().HaveTalks(10);
        logs[notes].Talks[0].Should().HaveQuestionContaining("日本語");
    }

    [Fact]
    public void LoadAllAsConfLogs_lists_every_error_of_every_file()
    {
        Write("a-good.txt", "T / S\n- note\n");
        string bad = Write("b-bad.md", Bad);
        string worse = Write("c-worse.txt", "- 2012-13-45 会場\n[2012-12-04 24:00]\n");

        Action act = () => _folder.Should().LoadAllAsConfLogs();

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            $"Expected every .txt and .md file in folder \"{_folder}\" to load as a ConfLog log with no errors, but 2 of 3 files have errors:",
            $"{bad}(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12",
            $"{worse}(1,8): error CL0008: '- 2012-13-45 会場' is not an event header: unexpected '13' in month, expected 01-12",
            $"{worse}(2,13): error CL0001: '[2012-12-04 24:00]' is not a timestamp: unexpected '24' in hour, expected 00-23"));
    }

    [Fact]
    public void LoadAllAsConfLogs_looks_into_subfolders_only_when_asked()
    {
        Write("top.txt", "T / S\n");
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        string bad = Write(Path.Combine("sub", "bad.txt"), Bad);

        _folder.Should().LoadAllAsConfLogs();
        Action act = () => _folder.Should().LoadAllAsConfLogs(SearchOption.AllDirectories);

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            $"Expected every .txt and .md file in folder \"{_folder}\" and its subfolders to load as a ConfLog log with no errors, but 1 of 2 files has errors:",
            $"{bad}(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12"));
    }

    [Fact]
    public void LoadAllAsConfLogs_fails_on_a_folder_without_logs()
    {
        Write("notes.json", "{}");

        Action act = () => _folder.Should().LoadAllAsConfLogs();

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            $"Expected every .txt and .md file in folder \"{_folder}\" to load as a ConfLog log with no errors, but it holds no .txt or .md file.");
    }

    [Fact]
    public void LoadAllAsConfLogs_fails_on_a_missing_folder()
    {
        string folder = Path.Combine(_folder, "missing");

        Action act = () => folder.Should().LoadAllAsConfLogs();

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            $"Expected every .txt and .md file in folder \"{folder}\" to load as a ConfLog log with no errors, but the folder does not exist.");
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
