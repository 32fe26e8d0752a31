using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Cli.Tests;

// src/ConfLog.Cli/README.md shows every command with an example to paste and what it prints: each example is run, as
// a user would run it, from that folder, and its output compared with the README's. A block holding '…' is an
// excerpt: its pieces between the '…' must appear in the output, in order.
public sealed class ToolReadmeTests
{
    private const string Section = "## Every command, with its output";

    private static readonly string ToolFolder = Path.Combine(RepositoryRoot(), "src", "ConfLog.Cli");

    public static TheoryData<string> Commands => [.. Examples().Select(e => e.Command)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_readme_shows_what_the_example_prints(string command)
    {
        string shown = Examples().Single(e => e.Command == command).Output;

        string printed = Run(command["conflog".Length..].Trim());

        if (shown.Contains('…', StringComparison.Ordinal))
        {
            int from = 0;
            foreach (string piece in shown.Split('…').Where(p => p.Length > 0))
            {
                int at = printed.IndexOf(piece, from, StringComparison.Ordinal);
                at.Should().BeGreaterThanOrEqualTo(0, "the README quotes {0} from the output of `{1}`, which is:\n{2}", piece, command, printed);
                from = at + piece.Length;
            }
        }
        else
        {
            printed.Should().Be(shown, "the README shows this output for `{0}`", command);
        }
    }

    [Fact]
    public void Every_command_in_the_help_has_an_example()
    {
        // The help lists the commands under "Commands:", one a line: "  parse <FILE>...  Parse notes...".
        string help = Cli.Run("--help").Output;
        var names = help[help.IndexOf("Commands:", StringComparison.Ordinal)..]
            .Split('\n')
            .Skip(1)
            .TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal))
            .Select(line => line.Trim().Split(' ')[0])
            .ToList();

        names.Should().Contain(["parse", "outline", "check", "format", "convert"]);
        var shown = Examples().Select(e => e.Command.Split(' ').ElementAtOrDefault(1)).ToHashSet();
        shown.Should().Contain(names);
        Examples().Should().Contain(e => e.Command == "conflog", "the command with no arguments does something too");
    }

    // Each ```sh block of one line that runs conflog, with the block that follows it.
    private static List<(string Command, string Output)> Examples()
    {
        var lines = File.ReadAllLines(Path.Combine(ToolFolder, "README.md")).SkipWhile(line => line != Section).ToList();
        var examples = new List<(string, string)>();
        for (int i = 0; i + 2 < lines.Count; i++)
        {
            if (lines[i] != "```sh" || !lines[i + 1].StartsWith("conflog", StringComparison.Ordinal) || lines[i + 2] != "```")
            {
                continue;
            }

            int open = i + 3;
            while (lines[open].Length == 0)
            {
                open++;
            }

            var output = lines.Skip(open + 1).TakeWhile(line => line != "```");
            examples.Add((lines[i + 1], string.Concat(output.Select(line => line + "\n"))));
        }

        return examples;
    }

    // The built command in a process of its own, in the tool's folder, as the README's reader runs it.
    private static string Run(string arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ToolFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ConflogApp).Assembly.Location);
        foreach (string argument in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(argument);
        }

        // The README shows plain text, as a redirected output is.
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        // iCalendar lines end in CRLF, as RFC 5545 has them; the README's blocks end in LF.
        return (output + error.Result).Replace("\r\n", "\n", StringComparison.Ordinal);
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
