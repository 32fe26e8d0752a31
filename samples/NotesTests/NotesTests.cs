using System;
using System.IO;
using ConfLog.FluentAssertions;
using FluentAssertions;
using Xunit;

namespace NotesTests;

// The notes folder is checked like code: every log parses cleanly, and the facts we rely on stay true.
public sealed class NotesTests
{
    private static readonly string Notes = Path.Combine(AppContext.BaseDirectory, "notes");

    [Fact]
    public void Every_log_in_the_notes_folder_parses_without_errors()
    {
        new DirectoryInfo(Notes).Should().ParseAllAsConfLogs();
    }

    [Fact]
    public void The_summit_log_records_the_talk_we_cite_in_our_report()
    {
        var log = new FileInfo(Path.Combine(Notes, "bitvisor-summit-2012.txt")).Should().ParseAsConfLog().Which;

        log.Should().HaveTalk("BitVisorのためのマルウェアの検出機能").Which.Should()
            .BeGivenBy("河崎雄大", affiliation: "電気通信大学")
            .And.StartAt("16:15")
            .And.HaveExchanges(3)
            .And.HaveQuestionContaining("ClamAV");
    }
}
