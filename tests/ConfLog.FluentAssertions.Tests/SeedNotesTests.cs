using System;
using System.IO;
using ConfLog.FluentAssertions;
using FluentAssertions;
using Xunit;

namespace ConfLog.FluentAssertions.Tests;

public sealed class SeedNotesTests
{
    // The project file copies seeds/bitvisor-summit-2012.txt next to the test assembly.
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public void The_seed_reads_as_the_day_it_records()
    {
        var log = new FileInfo(Path.Combine(Seeds, "bitvisor-summit-2012.txt")).Should().ParseAsConfLog().Which;

        log.Should().HaveNoDiagnostics()
            .And.HaveEventOn(new DateTime(2012, 12, 4))
            .And.HaveTalks(10);

        log.Should().HaveTalk("TwitVisor").Which.Should()
            .BeGivenBy("島田恭平", affiliation: "筑波大学")
            .And.StartAt("17:18")
            .And.EndAt("17:47")
            .And.HaveExchanges(2)
            .And.HaveQuestionContaining("TCP").Which.Answers.Should().ContainSingle();

        log.Should().HaveTalk("Customizing BitVisor 1.3").Which.Should()
            .StartAt(new DateTime(2012, 12, 4, 13, 16, 0))
            .And.HaveLink("http://youtu.be/IihKKgcXnic")
            .And.HaveNoteContaining("make -j");
    }

    [Fact]
    public void Every_log_in_the_seeds_folder_parses_with_no_errors()
    {
        new DirectoryInfo(Seeds).Should().ParseAllAsConfLogs();
    }
}
