using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConfLog.Tests;

// Real notes by other people (see Corpus/README.md for sources and licences), copied next to the test assembly.
internal static class Corpus
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IEnumerable<string> Names =>
        Directory.EnumerateFiles(Folder, "*.txt").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!;

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
