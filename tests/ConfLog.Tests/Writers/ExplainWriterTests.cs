using System;
using System.Linq;
using ConfLog.Writers;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Writers;

// src/ConfLog/Writers/ExplainWriter.cs: the outline with the reasons behind it (`conflog outline --explain`).
public sealed class ExplainWriterTests
{
    private const string JapaneseNotes =
        "# 技術カンファレンス 2019\n" +
        "\n" +
        "## はじめに\n" +
        "\n" +
        "- 参加してきました\n" +
        "\n" +
        "## 一般講演\n" +
        "\n" +
        "### Rustで書くWebサーバ by 山田太郎 さん\n" +
        "\n" +
        "- 速い\n" +
        "\n" +
        "### 型の話 by 佐藤花子 さん\n" +
        "\n" +
        "- 型\n" +
        "\n" +
        "## 懇親会\n" +
        "\n" +
        "- 楽しかった\n";

    [Fact]
    public void The_seeds_first_talk_is_explained_by_its_header_form_at_line_6()
    {
        var lines = ExplainWriter.Write(ConferenceLog.Parse(Seed.Text)).Split('\n');

        int talk = Array.FindIndex(lines, l => l.Contains("BitVisorの現状と今後 / 品川高廣(東京大学)"));
        lines[talk + 1].Should().Be("      why  talk header \"Title / Speaker\" (L6): BitVisorの現状と今後 / 品川高廣(東京大学)");
    }

    [Fact]
    public void The_seeds_markup_and_its_reason_are_said_at_the_top_though_the_plain_outline_leaves_them_out()
    {
        var log = ConferenceLog.Parse(Seed.Text);

        ExplainWriter.Write(log).Split('\n').Should().Contain("Markup: plain (a talk header of the seed's form (Title / Speaker) at line 6)");
        OutlineWriter.Write(log).Should().NotContain("Markup:");
    }

    [Fact]
    public void A_markdown_title_by_name_heading_is_explained_by_its_level_and_its_header_form()
    {
        var text = ExplainWriter.Write(ConferenceLog.Parse(JapaneseNotes));

        text.Should().Contain("      why  header form Title by Name (L9): Rustで書くWebサーバ by 山田太郎 さん\n");
        text.Should().Contain("      why  talk level (L13): level 3:");
    }

    [Fact]
    public void A_hajimeni_heading_says_it_is_a_section_and_why()
    {
        var lines = ExplainWriter.Write(ConferenceLog.Parse(JapaneseNotes)).Split('\n');

        int heading = Array.FindIndex(lines, l => l.Contains("## はじめに"));
        lines[heading + 1].Should().StartWith("      why  section: ").And.EndWith("(L3): はじめに");
    }

    [Fact]
    public void A_group_heading_and_a_break_say_what_they_were_taken_for()
    {
        var text = ExplainWriter.Write(ConferenceLog.Parse(JapaneseNotes));

        text.Split('\n').Should().Contain(l => l.StartsWith("      why  group: ", StringComparison.Ordinal) && l.EndsWith("(L7): 一般講演", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("      why  break: ", StringComparison.Ordinal) && l.EndsWith("(L17): 懇親会", StringComparison.Ordinal));
    }

    [Fact]
    public void The_explained_outline_is_the_outline_with_reason_lines_added()
    {
        var log = ConferenceLog.Parse(JapaneseNotes);

        var explained = ExplainWriter.Write(log).Split('\n').Where(l => !l.StartsWith("      why  ", StringComparison.Ordinal));

        explained.Should().Equal(OutlineWriter.Write(log).Split('\n'));
    }
}
