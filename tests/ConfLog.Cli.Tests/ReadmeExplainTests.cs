using System;
using System.IO;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// The README's "outline --explain" example: its notes, run through `conflog outline --explain`, give its output.
public sealed class ReadmeExplainTests
{
    [Fact]
    public void The_explained_outline_in_the_readme_is_what_conflog_prints_for_its_notes()
    {
        string readme = File.ReadAllText(Path.Combine(Root(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int section = readme.IndexOf("### outline --explain", StringComparison.Ordinal);
        string notes = Block(readme, "```markdown\n", ref section);
        string shown = Block(readme, "```text\n", ref section);
        using var file = new TempFile(notes, ".md");

        var run = Cli.Run("outline", "--explain", file.Path);

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Output.Should().Be(shown);
    }

    // The fenced block opened by `fence` after `from`, with its last newline; `from` moves past it.
    private static string Block(string text, string fence, ref int from)
    {
        int start = text.IndexOf(fence, from, StringComparison.Ordinal) + fence.Length;
        int end = text.IndexOf("```\n", start, StringComparison.Ordinal);
        from = end + 4;
        return text.Substring(start, end - start);
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConfLog.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
