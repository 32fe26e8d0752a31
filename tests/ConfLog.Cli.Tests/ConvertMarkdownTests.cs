using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog convert FILE --to markdown|json [-o OUT]`.
public sealed class ConvertMarkdownTests
{
    [Fact]
    public void A_small_log_becomes_the_hand_written_markdown()
    {
        using var file = new TempFile(
            "- 2013-01-10 Hall(Room 1) 09:00〜10:00\n" +
            "- https://example.org/conf\n" +
            "Came by train.\n" +
            "Opening / Ann Lee(Acme), Bo\n" +
            "- Slides: https://example.org/slides_1\n" +
            "  - a *nested* note\n" +
            "- Q: why?\n" +
            "- A: because.\n" +
            "[2013-01-10 09:30]\n" +
            "Coffee break\n" +
            "[2013-01-10 09:45]\n");

        var run = Cli.Run("convert", file.Path, "--to", "markdown");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(
            "# 2013-01-10 Hall (Room 1)\n" +
            "\n" +
            "2013-01-10 · Hall (Room 1) · 09:00–10:00\n" +
            "\n" +
            "- <https://example.org/conf>\n" +
            "\n" +
            "> Came by train.\n" +
            "\n" +
            "## Opening\n" +
            "\n" +
            "*09:00–09:30* · Ann Lee(Acme), Bo\n" +
            "\n" +
            "- **Slides:** https://example.org/slides_1\n" +
            "  - a \\*nested\\* note\n" +
            "\n" +
            "* **Q:** why?\n" +
            "  - **A:** because.\n" +
            "\n" +
            "## Coffee break\n" +
            "\n" +
            "*09:30–09:45* · break\n");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void The_seed_gives_a_heading_per_talk_and_the_break_and_the_exact_twitvisor_section()
    {
        var run = Cli.Run("convert", Cli.SeedPath, "--to", "markdown");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        var headings = run.Output.Split('\n').Where(line => line.StartsWith("## ", System.StringComparison.Ordinal)).ToArray();
        headings.Should().HaveCount(11);
        headings[0].Should().Be("## BitVisorの現状と今後");
        headings[3].Should().Be("## 昼休憩");
        run.Output.Split('\n').Count(line => line.StartsWith("* **Q:** ", System.StringComparison.Ordinal)).Should().Be(23);
        run.Output.Should().EndWith(
            "## TwitVisor\n" +
            "\n" +
            "*17:18–17:47* · 島田恭平(筑波大学)\n" +
            "\n" +
            "- BitVisorがつぶやく https://twitter.com/vmm_ict\n" +
            "- 企業で管理者がPCを監視する目的でログを収集するアイデアを、それだけではおもしろくないのでtwitterにつぶやくことに。\n" +
            "- 複雑な実装はしない。\n" +
            "- **実装したもの:** 3-way handshake, send/recv, shutdown, OAuth.\n" +
            "- 汎用的なTCP実装からはほどとおい。\n" +
            "\n" +
            "* **Q:** 日本語ポストは?\n" +
            "  - **A:** URLエンコーディングを実装したらできるはず。\n" +
            "* **Q:** BSDのTCPスタックをポーティングしないのは? 再送がないということでSYN floodingになってしまわない?\n" +
            "  - **A:** 授業で何か作らないといけなかったのと、納期(発表)があるので。\n" +
            "\n" +
            "- 移植するとOS APIに依存しているところを合わせるのがめんどくさかった。\n" +
            "\n" +
            "> 帰りは池袋経由で会社に戻って一服: フジパン ゴマンベール(101kcal,たんぱく質2.6g,脂質4.1g,炭水化物13.5g)\\*3。\n");
    }

    [Fact]
    public void Sections_and_headings_inside_them_keep_their_headings()
    {
        using var file = new TempFile("## T / Ann\n- talk note\n## for loops\n- loop note\n### detail heading\n- detail note\n");

        var run = Cli.Run("convert", file.Path, "--to", "markdown");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        string output = run.Output;
        output.Should().Contain("\n## for loops\n");
        output.Should().Contain("\n### detail heading\n");
        output.IndexOf("- loop note", System.StringComparison.Ordinal).Should().BeGreaterThan(output.IndexOf("## for loops", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_what_parse_json_prints()
    {
        var convert = Cli.Run("convert", Cli.SeedPath, "--to", "json");
        var parse = Cli.Run("parse", Cli.SeedPath, "--json");

        convert.ExitCode.Should().Be(ExitCodes.Ok);
        convert.Output.Should().Be(parse.Output).And.StartWith("{\n");
    }

    [Fact]
    public void Output_option_writes_the_file_and_prints_nothing()
    {
        string target = Path.Combine(Path.GetTempPath(), $"conflog-cli-{System.Guid.NewGuid():N}.md");
        try
        {
            var run = Cli.Run("convert", Cli.SeedPath, "--to", "markdown", "-o", target);

            run.ExitCode.Should().Be(ExitCodes.Ok);
            run.Output.Should().BeEmpty();
            File.ReadAllText(target).Should().StartWith("# 2012-12-04 筑波大学 (茗荷谷)\n").And.Contain("## TwitVisor\n");
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void An_output_path_in_a_missing_directory_exits_2()
    {
        string target = Path.Combine(Path.GetTempPath(), $"conflog-cli-missing-{System.Guid.NewGuid():N}", "out.md");

        var run = Cli.Run("convert", Cli.SeedPath, "--to", "markdown", "--output", target);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().StartWith($"conflog: cannot write '{target}': ");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_naming_it()
    {
        var run = Cli.Run("convert", Cli.SeedPath, "--to", "pdf");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Contain("pdf");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void To_is_required()
    {
        var run = Cli.Run("convert", Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Contain("--to");
    }
}
