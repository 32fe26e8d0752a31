using System;
using System.Linq;
using FluentAssertions;
using Ical.Net;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog convert FILE --to ics [--tz ZONE]`, read back with Ical.Net.
public sealed class ConvertIcsTests
{
    private static string Clock(DateTime time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static Calendar Load(CliRun run)
    {
        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Error.Should().BeEmpty();
        return Calendar.Load(run.Output)!;
    }

    [Fact]
    public void The_seed_in_tokyo_time_has_ten_talks_and_the_lunch_break_at_their_times()
    {
        var calendar = Load(Cli.Run("convert", Cli.SeedPath, "--to", "ics", "--tz", "Asia/Tokyo"));

        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToArray();
        events.Should().HaveCount(11);
        events.Select(e => (Clock(e.DtStart!.Value), Clock(e.DtEnd!.Value))).Should().Equal(
            ("10:10", "10:40"), ("10:40", "11:34"), ("11:36", "12:09"), ("12:09", "13:16"), ("13:16", "14:24"), ("14:25", "14:52"),
            ("14:53", "15:17"), ("15:17", "16:14"), ("16:15", "16:42"), ("16:43", "17:16"), ("17:18", "17:47"));
        events.Should().OnlyContain(e => e.DtStart!.TzId == "Asia/Tokyo" && e.DtEnd!.TzId == "Asia/Tokyo");

        // 10:10 in Tokyo (UTC+9, no daylight saving in 2012) is 01:10 UTC.
        events[0].DtStart!.AsUtc.Should().Be(new DateTime(2012, 12, 4, 1, 10, 0, DateTimeKind.Utc));
        events[3].Summary.Should().Be("昼休憩");
        events[3].DtEnd!.AsUtc.Should().Be(new DateTime(2012, 12, 4, 4, 16, 0, DateTimeKind.Utc));
        calendar.TimeZones.Select(z => z.TzId).Should().Equal("Asia/Tokyo");
    }

    [Fact]
    public void Each_talk_has_title_and_speakers_as_summary_notes_as_description_and_its_first_link_as_url()
    {
        var calendar = Load(Cli.Run("convert", Cli.SeedPath, "--to", "ics", "--tz", "Asia/Tokyo"));
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToArray();

        events[0].Summary.Should().Be("BitVisorの現状と今後 / 品川高廣(東京大学)");
        events[10].Summary.Should().Be("TwitVisor / 島田恭平(筑波大学)");
        events[10].Url.Should().Be(new Uri("https://twitter.com/vmm_ict"));
        events[10].Description.Should().StartWith("- BitVisorがつぶやく https://twitter.com/vmm_ict\n")
            .And.Contain("\nQ: 日本語ポストは?\nA: URLエンコーディングを実装したらできるはず。\n")
            .And.EndWith("- 移植するとOS APIに依存しているところを合わせるのがめんどくさかった。");
        events[4].Url.Should().Be(new Uri("http://youtu.be/IihKKgcXnic"), "talk 4's first link is its first demo video");
        events[0].Url.Should().BeNull("talk 1 has no link");
        events[0].Location.Should().Be("筑波大学 (茗荷谷)");
        events.Select(e => e.Uid).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Another_zone_keeps_the_wall_clock_times_and_moves_the_instants()
    {
        var calendar = Load(Cli.Run("convert", Cli.SeedPath, "--to", "ics", "--tz", "Europe/Paris"));
        var first = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).First();

        first.DtStart!.TzId.Should().Be("Europe/Paris");
        first.DtStart.AsUtc.Should().Be(new DateTime(2012, 12, 4, 9, 10, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Without_tz_the_machines_zone_is_used()
    {
        var calendar = Load(Cli.Run("convert", Cli.SeedPath, "--to", "ics"));

        calendar.Events.First().DtStart!.TzId.Should().Be(IcsWriter.LocalTimeZone());
    }

    [Fact]
    public void An_unknown_zone_exits_2_with_a_message_naming_it()
    {
        var run = Cli.Run("convert", Cli.SeedPath, "--to", "ics", "--tz", "Mars/Olympus");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Be("conflog: unknown time zone 'Mars/Olympus'; give an IANA id such as Asia/Tokyo or Europe/Paris.\n");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_talk_without_any_time_is_left_out_and_said_so()
    {
        using var file = new TempFile("Talk / Someone\n- a note\n");

        var run = Cli.Run("convert", file.Path, "--to", "ics", "--tz", "UTC");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Error.Should().Be("conflog: left out the session on line 1: it has no start time.\n");
        Calendar.Load(run.Output)!.Events.Should().BeEmpty();
    }
}
