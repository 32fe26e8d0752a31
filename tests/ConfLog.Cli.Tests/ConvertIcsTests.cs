using System;
using System.IO;
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
    public void Without_tz_the_machines_zone_is_used_and_a_warning_names_it()
    {
        var run = Cli.Run("convert", Cli.SeedPath, "--to", "ics");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Error.Should().Be($"conflog: no --tz given: the times are read as {IcsWriter.LocalTimeZone()}, this machine's time zone.\n");
        Calendar.Load(run.Output)!.Events.First().DtStart!.TzId.Should().Be(IcsWriter.LocalTimeZone());
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

    [Fact]
    public void Converting_the_same_file_twice_gives_the_same_calendar_stamped_with_the_files_last_write_time()
    {
        var written = new DateTime(2012, 12, 5, 9, 30, 15, DateTimeKind.Utc);
        using var file = new TempFile(File.ReadAllText(Cli.SeedPath));
        File.SetLastWriteTimeUtc(file.Path, written);

        var first = Cli.Run("convert", file.Path, "--to", "ics", "--tz", "Asia/Tokyo");
        var second = Cli.Run("convert", file.Path, "--to", "ics", "--tz", "Asia/Tokyo");

        second.Output.Should().Be(first.Output);
        var events = Load(first).Events;
        events.Should().OnlyContain(e => e.DtStamp!.AsUtc == written && e.LastModified!.AsUtc == written);
        events.Should().OnlyContain(e => e.Sequence == (int)(written - new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds);
    }

    [Fact]
    public void Standard_input_is_stamped_with_source_date_epoch_when_it_is_set()
    {
        // The only test that reads the variable; it is set and cleared here, within this class's serial run.
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1354613400");
        try
        {
            var events = Load(Cli.RunWithInput(File.ReadAllText(Cli.SeedPath), "convert", "-", "--to", "ics", "--tz", "Asia/Tokyo")).Events;

            events.Should().HaveCount(11).And.OnlyContain(e => e.DtStamp!.AsUtc == new DateTime(2012, 12, 4, 9, 30, 0, DateTimeKind.Utc));
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
        }
    }

    [Fact]
    public void A_later_edit_gives_every_event_a_higher_sequence_and_a_later_last_modified()
    {
        using var file = new TempFile(File.ReadAllText(Cli.SeedPath));
        File.SetLastWriteTimeUtc(file.Path, new DateTime(2012, 12, 5, 9, 30, 15, DateTimeKind.Utc));
        var before = Events(file.Path);
        File.AppendAllText(file.Path, "- one more note\n");
        File.SetLastWriteTimeUtc(file.Path, new DateTime(2012, 12, 5, 9, 30, 16, DateTimeKind.Utc));
        var after = Events(file.Path);

        after.Select(e => e.Uid).Should().Equal(before.Select(e => e.Uid));
        after.Zip(before).Should().OnlyContain(pair => pair.First.Sequence > pair.Second.Sequence && pair.First.LastModified!.AsUtc > pair.Second.LastModified!.AsUtc);
    }

    [Fact]
    public void Inserting_a_prose_line_near_the_top_keeps_every_uid()
    {
        string seed = File.ReadAllText(Cli.SeedPath);
        int afterFirstLine = seed.IndexOf('\n', StringComparison.Ordinal) + 1;
        string edited = seed.Insert(afterFirstLine, "雨だったので傘を持って行った。\n");

        var before = Uids(seed);
        var after = Uids(edited);

        before.Should().HaveCount(11).And.OnlyHaveUniqueItems();
        after.Should().Equal(before);
    }

    [Fact]
    public void Fixing_a_typo_in_one_title_changes_that_talks_uid_only()
    {
        string seed = File.ReadAllText(Cli.SeedPath);
        string edited = seed.Replace("Customizing BitVisor 1.3 /", "Customising BitVisor 1.3 /", StringComparison.Ordinal);
        edited.Should().NotBe(seed);

        var before = Uids(seed);
        var after = Uids(edited);

        // The key is what names the talk (its day, title and speakers): a corrected title is, to a calendar, another
        // talk, and a key without the title would change when its time or place in the file does, which is worse.
        int customizing = Array.FindIndex(Summaries(seed), s => s.StartsWith("Customizing", StringComparison.Ordinal));
        after.Where((_, i) => i != customizing).Should().Equal(before.Where((_, i) => i != customizing));
        after[customizing].Should().NotBe(before[customizing]);
    }

    [Fact]
    public void Moving_a_talk_in_time_changing_an_affiliation_or_spacing_and_case_keep_its_uid()
    {
        const string Log = "- 2013-01-10 Hall 09:00〜11:00\nOpening / Ann Lee(Acme), Bo\n[2013-01-10 09:30]\nCoffee break\n[2013-01-10 09:45]\n";
        string edited = Log.Replace("09:30", "09:40", StringComparison.Ordinal)
            .Replace("Opening / Ann Lee(Acme), Bo", "opening  / Bo, Ann Lee(Acme Inc.)", StringComparison.Ordinal);

        Uids(edited).Should().Equal(Uids(Log));
    }

    [Fact]
    public void Talks_with_the_same_day_title_and_speakers_are_numbered_in_source_order()
    {
        const string Log = "- 2013-01-10 Hall 09:00〜12:00\nLightning talks / Ann\n[2013-01-10 09:30]\nCoffee break\n[2013-01-10 10:00]\n" +
            "Lightning talks / Ann\n[2013-01-10 10:30]\nCoffee break\n[2013-01-10 11:00]\n";

        var uids = Uids(Log);

        uids.Should().HaveCount(4).And.OnlyHaveUniqueItems();
        uids[2].Should().Be(uids[0].Replace("@conflog", "-2@conflog", StringComparison.Ordinal));
        uids[3].Should().Be(uids[1].Replace("@conflog", "-2@conflog", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Asia/Tokyo", "seed", "2012-12-04T01:10:00Z")]
    [InlineData("Asia/Tokyo", "2024", "2024-07-10T00:00:00Z")]
    [InlineData("Europe/Berlin", "seed", "2012-12-04T09:10:00Z")]
    [InlineData("Europe/Berlin", "2024", "2024-07-10T07:00:00Z")]
    [InlineData("America/New_York", "seed", "2012-12-04T15:10:00Z")]
    [InlineData("America/New_York", "2024", "2024-07-10T13:00:00Z")]
    public void Every_event_is_at_its_instant_by_ical_net_and_by_the_vtimezone_rules_written(string zone, string notes, string firstUtc)
    {
        // A summer day, when Berlin and New York keep daylight saving time, to set against the seed's December.
        using var file = new TempFile(notes == "seed"
            ? File.ReadAllText(Cli.SeedPath)
            : "- 2024-07-10 Hall 09:00〜11:00\nOpening / Ann Lee\n- a note\n[2024-07-10 09:30]\nKeynote / Bo\n[2024-07-10 10:15]\nCoffee break\n[2024-07-10 10:30]\n");
        var run = Cli.Run("convert", file.Path, "--to", "ics", "--tz", zone);
        var events = Load(run).Events.OrderBy(e => e.DtStart!.Value).ToArray();
        var rules = VTimeZoneRules.Read(run.Output, zone);
        var system = TimeZoneInfo.FindSystemTimeZoneById(zone);

        events[0].DtStart!.AsUtc.Should().Be(DateTime.Parse(firstUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
        foreach (var time in events.SelectMany(e => new[] { e.DtStart!, e.DtEnd! }))
        {
            var expected = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(time.Value, DateTimeKind.Unspecified), system);
            time.AsUtc.Should().Be(expected, "Ical.Net places {0} in {1}", time.Value, zone);
            rules.ToUtc(time.Value).Should().Be(expected, "the VTIMEZONE's own rules place {0} there too", time.Value);
        }
    }

    private static string[] Uids(string notes) => EventsOf(notes).Select(e => e.Uid!).ToArray();

    private static string[] Summaries(string notes) => EventsOf(notes).Select(e => e.Summary!).ToArray();

    private static Ical.Net.CalendarComponents.CalendarEvent[] EventsOf(string notes)
    {
        using var file = new TempFile(notes);
        return Events(file.Path);
    }

    // In the order written: the sessions' source order.
    private static Ical.Net.CalendarComponents.CalendarEvent[] Events(string path) =>
        Load(Cli.Run("convert", path, "--to", "ics", "--tz", "Asia/Tokyo")).Events.ToArray();
}
