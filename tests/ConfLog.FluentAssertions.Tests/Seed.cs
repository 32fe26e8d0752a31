using System;
using System.IO;

namespace ConfLog.FluentAssertions.Tests;

// The founding sample, copied next to the test assembly by the project file.
internal static class Seed
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "bitvisor-summit-2012.txt");

    public static string Text => File.ReadAllText(Path);

    private static readonly Lazy<ConferenceLog> Parsed = new(() => ConferenceLog.Load(Path));

    public static ConferenceLog Log => Parsed.Value;
}

// Failure messages span lines with the platform's newline; tests build the expected text the same way.
internal static class Lines
{
    public static string Of(params string[] lines) => string.Join(Environment.NewLine, lines);
}
