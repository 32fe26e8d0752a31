using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// `--markup NAME` on parse, outline and check: read the files in that markup instead of detecting it.
public sealed class MarkupOptionTests
{
    private const string MarkdownNotes = "# Summit\n\n## Day 1\n\n### Scaling writes by Jane Roe\n- shard by tenant\n";

    [Fact]
    public void Parse_json_with_markup_plain_reads_markdown_notes_with_the_line_grammar_and_says_it_was_forced()
    {
        using var file = new TempFile(MarkdownNotes, ".md");

        var run = Cli.Run("parse", "--json", "--markup", "plain", file.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Contain("\"markup\": \"plain\"").And.Contain("forced");

        // The line grammar reads no talk in it: the header is a heading, and Jane Roe no speaker.
        run.Output.Should().Contain("\"kind\": \"heading\"").And.Contain("\"text\": \"Scaling writes by Jane Roe\"").And.NotContain("\"name\": \"Jane Roe\"");
    }

    [Fact]
    public void Outline_with_markup_rst_says_the_markup_was_forced()
    {
        var run = Cli.Run("outline", "--markup", "rst", Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Contain("Markup: restructuredtext (forced by the options (ConfLogOptions.Markup))\n");
    }

    [Fact]
    public void Check_with_markup_plain_warns_that_markdown_notes_read_as_plain_have_no_talk()
    {
        using var file = new TempFile(MarkdownNotes, ".md");

        var detected = Cli.Run("check", file.Path);
        var forced = Cli.Run("check", "--markup", "plain", file.Path);

        detected.Output.Should().NotContain("no talk found");
        forced.Output.Should().Contain("no talk found; read as plain (forced");
    }

    [Fact]
    public void An_unknown_markup_name_is_a_usage_error()
    {
        var run = Cli.Run("parse", "--markup", "xml", Cli.SeedPath);

        run.ExitCode.Should().Be(ExitCodes.UsageOrIoError);
        run.Error.Should().Contain("'xml'");
    }
}
