using System;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `conflog outline --explain FILE...`: the markup and why, and under each session the rules that made it what it is.
public sealed class OutlineExplainTests
{
    [Fact]
    public void Explain_on_the_seed_says_its_markup_at_the_top_and_the_header_form_of_its_first_talk_at_line_6()
    {
        var run = Cli.Run("outline", "--explain", Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        var lines = run.Output.Split('\n');
        lines.Should().Contain("Markup: plain (a talk header of the seed's form (Title / Speaker) at line 6)");
        int talk = Array.FindIndex(lines, l => l.Contains("BitVisorの現状と今後"));
        lines[talk + 1].Should().StartWith("      why  talk header \"Title / Speaker\" (L6): ");
    }

    [Fact]
    public void Explain_on_markdown_notes_says_where_a_title_by_name_heading_and_its_time_came_from()
    {
        using var file = new TempFile("# Summit\n\n## Day 1\n\n### 13:00 Caching by Ann Lee\n- keys\n", ".md");

        var run = Cli.Run("outline", "--explain", file.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Contain("      why  day: day heading (L3): Day 1\n")
            .And.Contain("      why  header form Title by Name (L5): 13:00 Caching by Ann Lee\n")
            .And.Contain("      why  time in the header (L5): 13:00\n");
    }

    [Fact]
    public void Without_explain_the_outline_holds_no_reason()
    {
        var run = Cli.Run("outline", Cli.SeedPath);

        run.Output.Should().NotContain("why  ");
    }
}
