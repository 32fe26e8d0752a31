using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog parse FILE... --json` with several files, and `-` for standard input.
public sealed class ParseSeveralFilesTests
{
    private const string SmallLog =
        "- 2013-01-10 Hall 09:00〜10:00\n" +
        "Opening / Ann Lee(Acme)\n" +
        "- hello\n" +
        "- Q: why?\n" +
        "- A: because.\n" +
        "[2013-01-10 09:30]\n";

    [Fact]
    public void Two_files_with_json_give_an_array_of_two_logs_in_the_order_given()
    {
        using var small = new TempFile(SmallLog);

        var run = Cli.Run("parse", "--json", Cli.SeedPath, small.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith("[").And.EndWith("]\n");
        using var json = JsonDocument.Parse(run.Output);
        var logs = json.RootElement.EnumerateArray().ToArray();
        logs.Should().HaveCount(2);
        logs[0].GetProperty("event").GetProperty("venue").GetString().Should().Be("筑波大学");
        logs[0].GetProperty("sessions").EnumerateArray().Count(s => s.GetProperty("kind").GetString() == "talk").Should().Be(10);
        logs[1].GetProperty("event").GetProperty("date").GetString().Should().Be("2013-01-10");
        var talk = logs[1].GetProperty("sessions")[0];
        talk.GetProperty("title").GetString().Should().Be("Opening");
        talk.GetProperty("end").GetString().Should().Be("2013-01-10T09:30");
        var exchange = talk.GetProperty("items").EnumerateArray().First(item => item.GetProperty("kind").GetString() == "exchange");
        exchange.GetProperty("answers")[0].GetProperty("text").GetString().Should().Be("because.");
    }

    [Fact]
    public void One_file_with_json_still_gives_an_object_not_an_array()
    {
        using var small = new TempFile(SmallLog);

        var run = Cli.Run("parse", small.Path, "--json");

        JsonDocument.Parse(run.Output).RootElement.ValueKind.Should().Be(JsonValueKind.Object);
    }

    [Fact]
    public void A_dash_reads_the_log_from_standard_input()
    {
        var run = Cli.RunWithInput(SmallLog, "parse", "-", "--json");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("sessions")[0].GetProperty("speakers")[0].GetProperty("affiliation").GetString().Should().Be("Acme");
    }

    [Fact]
    public void Standard_input_and_a_file_together_give_an_array()
    {
        var run = Cli.RunWithInput(SmallLog, "parse", "-", Cli.SeedPath, "--json");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetArrayLength().Should().Be(2);
        json.RootElement[0].GetProperty("event").GetProperty("venue").GetString().Should().Be("Hall");
    }

    [Fact]
    public void Strict_with_several_files_lists_the_diagnostics_of_the_files_with_errors_and_exits_1()
    {
        using var bad = new TempFile("Talk / Someone\n[2012-13-45 25:61]\n");

        var run = Cli.Run("parse", "--strict", "--json", Cli.SeedPath, bad.Path);

        run.ExitCode.Should().Be(ExitCodes.InputHasErrors);
        run.Error.Should().Be($"{bad.Path}(2,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12\n");
        run.Output.Should().BeEmpty();
    }
}
