using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog parse FILE --stream`: JSON Lines, a session at a time, in memory bounded by the largest session.
public sealed class StreamedParseTests
{
    private const int Talks = 100_000;

    [Fact]
    public void Stream_prints_the_event_each_session_and_the_diagnostics_as_json_lines()
    {
        var run = Cli.Run("parse", Cli.SeedPath, "--stream");

        run.ExitCode.Should().Be(0);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(16);
        using (var first = JsonDocument.Parse(lines[0]))
        {
            first.RootElement.GetProperty("event").GetProperty("venue").GetString().Should().Be("筑波大学");
        }

        var kinds = lines.Skip(1).Take(14).Select(line =>
        {
            using var session = JsonDocument.Parse(line);
            return session.RootElement.GetProperty("kind").GetString();
        });
        kinds.Count(kind => kind == "talk").Should().Be(10);
        using var last = JsonDocument.Parse(lines[^1]);
        last.RootElement.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Stream_gives_the_sessions_that_parse_json_gives()
    {
        var streamed = Cli.Run("parse", Cli.SeedPath, "--stream").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var whole = JsonDocument.Parse(Cli.Run("parse", Cli.SeedPath, "--json").Output);

        var sessions = whole.RootElement.GetProperty("sessions").EnumerateArray().Select(s => s.GetRawText()).ToArray();

        streamed.Skip(1).Take(sessions.Length).Select(Normalize).Should().Equal(sessions.Select(Normalize));
    }

    [Fact]
    public void Stream_with_strict_writes_everything_then_exits_1_when_the_log_has_errors()
    {
        using var file = new TempFile("T / S\n[2012-13-45 10:00]\n");

        var run = Cli.Run("parse", file.Path, "--stream", "--strict");

        run.ExitCode.Should().Be(1);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Should().Contain("\"code\":\"CL0001\"");
        Cli.Run("parse", file.Path, "--stream").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Stream_takes_one_file_only()
    {
        var run = Cli.Run("parse", Cli.SeedPath, Cli.SeedPath, "--stream");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("conflog: --stream reads one file (or - for standard input) at a time.\n");
    }

    [Fact]
    public async Task A_hundred_thousand_talks_stream_through_a_process_whose_peak_working_set_stays_under_200_MB()
    {
        string cli = typeof(ConflogApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", $"\"{cli}\" parse - --stream")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var cancel = TestContext.Current.CancellationToken;
        using var process = Process.Start(start)!;
        var writing = Task.Run(
            () =>
        {
            var input = process.StandardInput;
            input.Write("- 2012-12-04 会場 00:00-23:59\n");
            var day = new DateTime(2012, 12, 4);
            for (int i = 0; i < Talks; i++)
            {
                input.Write(day.AddSeconds(i).ToString("'['yyyy-MM-dd HH:mm:ss']'\n", CultureInfo.InvariantCulture));
                input.Write($"Talk {i} / Speaker {i}(Org {i % 97})\n- a note about talk {i}\n- Q: why {i}?\n- A: because {i}\n");
            }

            input.Close();
        },
            cancel);
        var reading = Task.Run(
            () =>
        {
            int sessions = 0;
            string? last = null;
            while (process.StandardOutput.ReadLine() is { } line)
            {
                sessions += line.StartsWith("{\"kind\":\"talk\"", StringComparison.Ordinal) ? 1 : 0;
                last = line;
            }

            return (sessions, last);
        },
            cancel);
        var errors = process.StandardError.ReadToEndAsync(cancel);

        long peak = 0;
        while (!process.WaitForExit(20))
        {
            // The kernel's high-water mark of the process's resident memory: reading it late loses nothing.
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break;
            }
        }

        await process.WaitForExitAsync(cancel);
        await writing;
        var (talks, lastLine) = await reading;

        (await errors).Should().BeEmpty();
        process.ExitCode.Should().Be(0);
        talks.Should().Be(Talks);
        lastLine.Should().Be("{\"diagnostics\":[]}");
        peak.Should().BeGreaterThan(0).And.BeLessThan(200L * 1024 * 1024);
    }

    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
