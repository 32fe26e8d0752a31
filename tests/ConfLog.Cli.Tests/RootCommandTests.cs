using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog` with no command: the outline of the bundled seed (facts from shared/seeds/README.md).
public sealed class RootCommandTests
{
    // Written by hand from the seed, not produced by OutlineWriter. Note counts are the bullets of each talk
    // that are not Q/A; the break counts its three prose lines (91–93), not its closing stamp on line 94.
    internal static readonly string SeedOutline = string.Join("\n",
        "Event 2012-12-04 筑波大学 (茗荷谷) 10:10–17:50",
        "  link  http://www.bitvisor.org/summit/",
        "  資料: そのうち公開されるはず...",
        "Sessions: 10 talks, 1 break, 23 Q/A",
        "                (interlude, lines 4–5)",
        "  10:10*–10:40  BitVisorの現状と今後 / 品川高廣(東京大学)  [16 notes, 0 Q/A, line 6]",
        "  10:40 –11:34  準パススルー型VMM開発の難しいところ / 榮樂英樹(イーゲル)  [25 notes, 6 Q/A, line 24]",
        "  11:36 –12:09  BitVisorをベースとした既存Windowsのドライバメモリ保護 / 須崎有康(産業技術総合研究所)  [14 notes, 4 Q/A, line 65]",
        "                (interlude, line 89)",
        "  12:09 –13:16  昼休憩 (break)  [3 lines, line 90]",
        "  13:16 –14:24  Customizing BitVisor 1.3 / 松原克弥(イーゲル)  [22 notes, 0 Q/A, line 95]",
        "  14:25 –14:52  BitVisorによる動画像を対象とした著作権保護 / 小清水滋(筑波大学)  [9 notes, 1 Q/A, line 120]",
        "  14:53 –15:17  BitVisorを用いたメッセージ表示システム / 大山恵弘(電気通信大学)  [14 notes, 2 Q/A, line 134]",
        "  15:17 –16:14  FFR GreenKiller - BitVisorをベースとしたカーネルマルウェアの自動解析システム / 村上純一(フォティーンフォティ技術研究所)  [21 notes, 2 Q/A, line 154]",
        "  16:15 –16:42  BitVisorのためのマルウェアの検出機能 / 河崎雄大(電気通信大学)  [8 notes, 3 Q/A, line 182]",
        "  16:43 –17:16  BitVisorへのシステムコールトレース機能追加によるマルウェアアナライザの実現 / 大月勇人(立命館大学)  [10 notes, 3 Q/A, line 199]",
        "  17:18 –17:47  TwitVisor / 島田恭平(筑波大学)  [6 notes, 2 Q/A, line 218]",
        "                (interlude, line 230)",
        "  (* start inferred from the event's hours)",
        "Diagnostics: none",
        "");

    [Fact]
    public void Without_arguments_it_prints_the_exact_outline_of_the_bundled_seed_and_exits_0()
    {
        var run = Cli.Run();

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(SeedOutline);
        run.Error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_exits_0_and_lists_the_parse_command_and_the_help_option(string option)
    {
        var run = Cli.Run(option);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Contain("parse <FILE>").And.Contain("--help").And.Contain("--version").And.Contain("bundled BitVisor Summit 2012 seed");
        run.Output.Should().NotContain("Event 2012-12-04", "help replaces the default outline");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_exiting_2_with_the_option_named_on_the_error_writer()
    {
        var run = Cli.Run("--bogus");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Contain("'--bogus'").And.Contain("conflog --help");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_exiting_2()
    {
        var run = Cli.Run("prase", "notes.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Contain("'prase'");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Version_prints_the_assemblys_version_and_exits_0()
    {
        // The root is a plain command named conflog, not a RootCommand, so it carries its own --version.
        var run = Cli.Run("--version");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().MatchRegex(@"^\d+\.\d+\.\d+\S*\n$").And.StartWith(typeof(ConflogApp).Assembly.GetName().Version!.ToString(3));
        run.Error.Should().BeEmpty();
    }
}
