using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Readme;

// Every C# block of every README compiles as pasted into a new console project that references the packages (test code
// against ConfLog.FluentAssertions, FluentAssertions and xunit too), and runs without failing, in a folder that holds
// the repository's seeds/ and the seed again as notes.txt and archive.txt, the names the READMEs use. A block marked
// `<!-- fragment -->` on the line before it is only parsed: the README says why it is not a program.
public sealed class ReadmeSnippetTests
{
    private static readonly Lazy<string> Folder = new(MakeFolder);

    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var snippet in ReadmeSnippet.All(RepositoryRoot()))
        {
            data.Add(snippet.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_readme_snippet_compiles_as_pasted_and_runs(string name)
    {
        var snippet = ReadmeSnippet.All(RepositoryRoot()).Single(s => s.Name == name);
        string assembly = Path.Combine(Folder.Value, "snippet-" + name.Replace('/', '-').Replace(':', '-').Replace('.', '-') + ".dll");

        if (snippet.IsFragment)
        {
            SnippetCompiler.SyntaxErrors(snippet).Should().BeEmpty("the fragment at {0} should be C#:\n{1}", name, snippet.Code);
            return;
        }

        var (errors, runnable) = SnippetCompiler.Compile(snippet, assembly);

        errors.Should().BeEmpty("the snippet at {0} should compile as pasted:\n{1}", name, snippet.Code);
        if (!runnable)
        {
            return;
        }

        var (exitCode, output) = Run(assembly);
        exitCode.Should().Be(0, "the snippet at {0} should run; it printed:\n{1}", name, output);
    }

    [Fact]
    public void Every_readme_with_a_csharp_block_is_found()
    {
        var readmes = ReadmeSnippet.All(RepositoryRoot()).Select(s => s.Readme).Distinct().ToList();

        readmes.Should().Contain(["README.md", "src/ConfLog/README.md", "src/ConfLog.FluentAssertions/README.md"]);
    }

    [Fact]
    public void A_block_in_a_list_item_is_read_without_its_indent_and_a_marked_one_as_a_fragment()
    {
        string[] lines =
        [
            "- an item:",
            "",
            "  ```csharp",
            "  var x = 1;",
            "    Console.WriteLine(x);",
            "  ```",
            ReadmeSnippet.FragmentMarker,
            "```cs",
            "log.Talks",
            "```",
        ];

        var snippets = ReadmeSnippet.In("X.md", lines).ToList();

        snippets.Should().HaveCount(2);
        snippets[0].Should().Be(new ReadmeSnippet("X.md", 3, "var x = 1;\n  Console.WriteLine(x);\n", IsFragment: false));
        snippets[1].Should().Be(new ReadmeSnippet("X.md", 8, "log.Talks\n", IsFragment: true));
    }

    [Fact]
    public void A_snippet_that_lacks_a_using_does_not_compile()
    {
        var snippet = new ReadmeSnippet("X.md", 1, "var log = ConferenceLog.Parse(\"Talk / Ann\");\n", IsFragment: false);

        var (errors, _) = SnippetCompiler.Compile(snippet, Path.Combine(Folder.Value, "snippet-missing-using.dll"));

        errors.Should().ContainSingle().Which.Should().Contain("CS0103").And.Contain("ConferenceLog");
    }

    [Fact]
    public void A_test_snippet_whose_fact_fails_fails_to_run()
    {
        const string code = """
            using ConfLog;
            using FluentAssertions;
            using Xunit;

            public sealed class SeedTests
            {
                [Fact]
                public void The_seed_has_eleven_talks() => ConferenceLog.Load("notes.txt").Talks.Should().HaveCount(11);
            }
            """;
        string assembly = Path.Combine(Folder.Value, "snippet-failing-fact.dll");

        var (errors, runnable) = SnippetCompiler.Compile(new ReadmeSnippet("X.md", 1, code, IsFragment: false), assembly);
        var (exitCode, output) = Run(assembly);

        errors.Should().BeEmpty();
        runnable.Should().BeTrue();
        exitCode.Should().Be(1);
        output.Should().Contain("The_seed_has_eleven_talks failed").And.Contain("10");
    }

    // A process of its own: a snippet writes to the console and may change the current folder, which tests share.
    private static (int ExitCode, string Output) Run(string assembly)
    {
        File.WriteAllText(Path.ChangeExtension(assembly, ".runtimeconfig.json"),
            """{ "runtimeOptions": { "tfm": "net10.0", "framework": { "name": "Microsoft.NETCore.App", "version": "10.0.0" } } }""");
        var start = new ProcessStartInfo(Dotnet(), [assembly])
        {
            WorkingDirectory = Folder.Value,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    // The host that runs this test: the shared framework's folder is dotnet/shared/Microsoft.NETCore.App/<version>/.
    private static string Dotnet()
    {
        string root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        string host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }

    private static string MakeFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "conflog-readme-" + Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(folder, "seeds"));
        foreach (string seed in Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds")))
        {
            File.Copy(seed, Path.Combine(folder, "seeds", Path.GetFileName(seed)), overwrite: true);
        }

        string founding = Path.Combine(RepositoryRoot(), "seeds", "bitvisor-summit-2012.txt");
        File.Copy(founding, Path.Combine(folder, "notes.txt"), overwrite: true);
        File.Copy(founding, Path.Combine(folder, "archive.txt"), overwrite: true);
        foreach (string reference in SnippetCompiler.LocalReferences())
        {
            File.Copy(reference, Path.Combine(folder, Path.GetFileName(reference)), overwrite: true);
        }

        return folder;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConfLog.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with ConfLog.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
