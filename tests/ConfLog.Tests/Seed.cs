using System;
using System.IO;

namespace ConfLog.Tests;

// The founding sample, copied next to the test assembly by the project file.
internal static class Seed
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "bitvisor-summit-2012.txt");

    public static string Text => File.ReadAllText(Path);

    private static readonly Lazy<ConferenceLog> Parsed = new(() => ConferenceLog.Load(Path));

    public static ConferenceLog Log => Parsed.Value;
}
