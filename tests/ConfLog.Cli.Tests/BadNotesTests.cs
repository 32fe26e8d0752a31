using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// A notes file full of the mistakes people make: every one is reported where it is, and the good talks still parse.
public sealed class BadNotesTests
{
    private static readonly string[] Lines =
    {
        "- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50",
        "- 2012-12-05 東京大学 09:00-18:00",
        "Good talk / 品川高廣(東京大学)",
        "- A: an answer first",
        "- Q: unanswered?",
        "[2012-13-45 25:61]",
        "[2012-12-04 10:4]",
        "[2012-12-04 10:40]",
        "Second talk / 榮樂英樹(イーゲル)",
        "- a",
        "\t- b",
        "  - c",
        "- Q: why?",
        "- A: because",
        "[2012-12-04 10:20]",
        "[2012-12-04 10:30]",
        " / nobody",
        "No speaker / ",
        "- bell\u0007",
    };

    private static readonly (string Severity, string Code, int Line, int Column)[] Expected =
    {
        ("warning", "CL0007", 2, 1),
        ("warning", "CL0003", 4, 1),
        ("info", "CL0004", 5, 1),
        ("error", "CL0001", 6, 7),
        ("warning", "CL0002", 7, 16),
        ("warning", "CL0010", 12, 1),
        ("warning", "CL0009", 15, 1),
        ("warning", "CL0005", 17, 1),
        ("warning", "CL0006", 18, 1),
        ("warning", "CL0012", 19, 7),
        ("error", "CL0011", 20, 3),
    };

    private static byte[] Bytes() =>
        Encoding.UTF8.GetBytes(string.Join("\n", Lines) + "\n- ")
            .Concat(new byte[] { 0xFF })
            .Concat(Encoding.UTF8.GetBytes(" junk\n"))
            .ToArray();

    [Fact]
    public void Parse_json_exits_0_lists_every_mistake_where_it_is_and_keeps_the_good_talks()
    {
        using var file = new TempFile(Bytes());

        var run = Cli.Run("parse", file.Path, "--json");

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Output);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("severity").GetString()!, d.GetProperty("code").GetString()!, d.GetProperty("span").GetProperty("line").GetInt32(), d.GetProperty("span").GetProperty("column").GetInt32()))
            .ToArray();
        diagnostics.Should().Equal(Expected);

        var talks = json.RootElement.GetProperty("sessions").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "talk").ToArray();
        talks.Select(t => t.GetProperty("title").GetString()).Should().Equal("Good talk", "Second talk", string.Empty, "No speaker");
        talks[0].GetProperty("speakers")[0].GetProperty("affiliation").GetString().Should().Be("東京大学");
        talks[1].GetProperty("start").GetString().Should().Be("2012-12-04T10:40");
        var items = talks[1].GetProperty("items").EnumerateArray().ToArray();
        items.First(i => i.GetProperty("kind").GetString() == "exchange").GetProperty("answers")[0].GetProperty("text").GetString().Should().Be("because");
        items.First(i => i.GetProperty("kind").GetString() == "note").GetProperty("children").GetArrayLength().Should().Be(2);
        json.RootElement.GetProperty("event").GetProperty("venue").GetString().Should().Be("筑波大学");
    }

    [Fact]
    public void Strict_mode_exits_1_with_the_same_list_in_compiler_form()
    {
        using var file = new TempFile(Bytes());

        var run = Cli.Run("parse", file.Path, "--strict");

        run.ExitCode.Should().Be(1);
        var listed = run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        listed.Should().HaveCount(Expected.Length);
        for (int i = 0; i < Expected.Length; i++)
        {
            var (severity, code, line, column) = Expected[i];
            listed[i].Should().StartWith($"{file.Path}({line},{column}): {severity} {code}: ");
        }
    }
}
