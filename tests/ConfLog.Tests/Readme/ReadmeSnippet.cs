using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConfLog.Tests.Readme;

/// <summary>A ```csharp block of a README, where it starts, and whether the README marks it as a fragment.</summary>
public sealed record ReadmeSnippet(string Readme, int Line, string Code, bool IsFragment)
{
    /// <summary>The marker a README puts on the line before a block that is not a whole program (used sparingly).</summary>
    public const string FragmentMarker = "<!-- fragment -->";

    private static readonly string[] Fences = ["```csharp", "```cs", "```c#"];

    /// <summary>The README's path from the repository root and the block's first line, as failures name it.</summary>
    public string Name => $"{Readme}:{Line}";

    /// <summary>Every C# block of every README the project ships: the repository's, each package's and the samples'.</summary>
    public static IEnumerable<ReadmeSnippet> All(string root)
    {
        var readmes = new[] { Path.Combine(root, "README.md"), Path.Combine(root, "samples", "README.md") }
            .Concat(Directory.GetDirectories(Path.Combine(root, "src")).Select(d => Path.Combine(d, "README.md")))
            .Concat(Directory.GetDirectories(Path.Combine(root, "samples")).Select(d => Path.Combine(d, "README.md")))
            .Where(File.Exists);
        foreach (string readme in readmes)
        {
            string relative = Path.GetRelativePath(root, readme).Replace('\\', '/');
            foreach (var snippet in In(relative, File.ReadAllLines(readme)))
            {
                yield return snippet;
            }
        }
    }

    /// <summary>The C# blocks of one README's lines; a fence may be indented (inside a list item), its code with it.</summary>
    public static IEnumerable<ReadmeSnippet> In(string readme, IReadOnlyList<string> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            string fence = lines[i].Trim();
            if (!Fences.Contains(fence, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            int indent = lines[i].Length - lines[i].TrimStart().Length;
            int start = i + 1;
            int end = start;
            while (end < lines.Count && lines[end].Trim() != "```")
            {
                end++;
            }

            var code = lines.Skip(start).Take(end - start).Select(l => l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart());
            int previous = i - 1;
            while (previous >= 0 && lines[previous].Trim().Length == 0)
            {
                previous--;
            }

            bool fragment = previous >= 0 && lines[previous].Trim() == FragmentMarker;
            yield return new ReadmeSnippet(readme, i + 1, string.Join("\n", code) + "\n", fragment);
            i = end;
        }
    }
}
