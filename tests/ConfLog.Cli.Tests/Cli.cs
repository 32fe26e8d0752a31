using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ConfLog.Cli.Tests;

// Runs `conflog` in-process, capturing what it writes.
internal static class Cli
{
    // The founding sample, copied next to the test assembly by the project file.
    public static string SeedPath { get; } = Path.Combine(AppContext.BaseDirectory, "Seeds", "bitvisor-summit-2012.txt");

    public static CliRun Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        int exitCode = ConflogApp.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error);

// A file under the temp directory, deleted on dispose.
internal sealed class TempFile : IDisposable
{
    public TempFile(string text)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"conflog-cli-{Guid.NewGuid():N}.txt");
        File.WriteAllText(Path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
