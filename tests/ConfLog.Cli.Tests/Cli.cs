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

    public static CliRun Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliRun RunWithInput(string standardInput, params string[] args) => RunReading(new StringReader(standardInput), args);

    // Standard input as the console gives it: a UTF-8 reader over bytes, so the command can take the bytes themselves.
    public static CliRun RunWithBytes(byte[] standardInput, params string[] args) =>
        RunReading(new StreamReader(new MemoryStream(standardInput), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false), args);

    private static CliRun RunReading(TextReader standardInput, string[] args)
    {
        using var input = standardInput;
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        int exitCode = ConflogApp.Run(args, input, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error);

// A file under the temp directory, deleted on dispose.
internal sealed class TempFile : IDisposable
{
    public TempFile(string text, string extension = ".txt")
        : this(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text), extension)
    {
    }

    public TempFile(byte[] bytes, string extension = ".txt")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"conflog-cli-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(Path, bytes);
    }

    public string Path { get; }

    public byte[] Bytes => File.ReadAllBytes(Path);

    public void Dispose() => File.Delete(Path);
}

// A directory under the temp directory, deleted with its contents on dispose.
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"conflog-cli-dir-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    // Writes a UTF-8 file at a '/'-separated path below the directory and gives its full path.
    public string Write(string relative, string text)
    {
        string path = System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
