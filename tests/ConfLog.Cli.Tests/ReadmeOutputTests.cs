using System;
using System.IO;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// The README opens with what `dotnet run --project src/ConfLog.Cli` prints: it must be what it prints.
public sealed class ReadmeOutputTests
{
    [Fact]
    public void The_outline_at_the_top_of_the_readme_is_what_conflog_prints()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        int start = readme.IndexOf("```text\n", StringComparison.Ordinal) + "```text\n".Length;
        string shown = readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start);

        var run = Cli.Run();

        run.ExitCode.Should().Be(0);
        shown.Should().Be(run.Output);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConfLog.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
