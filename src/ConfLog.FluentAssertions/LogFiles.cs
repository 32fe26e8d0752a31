using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfLog.Diagnostics;

namespace ConfLog.FluentAssertions;

// What the assertions on text, files and folders share: reading a file, and which diagnostics fail them.
internal static class LogFiles
{
    private static readonly string[] Patterns = ["*.txt", "*.md"];

    public static List<Diagnostic> Errors(ConferenceLog log) =>
        log.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>The log in the file, or why there is none: <c>it does not exist.</c> or <c>it could not be read: …</c>.</summary>
    public static (ConferenceLog? Log, string? Problem) TryLoad(FileInfo file)
    {
        // FileInfo caches what it knew when it was made; the test may have written the file since.
        file.Refresh();
        if (!file.Exists)
        {
            return (null, "it does not exist.");
        }

        try
        {
            return (ConferenceLog.Load(file.FullName), null);
        }
        catch (IOException e)
        {
            return (null, "it could not be read: " + e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return (null, "it could not be read: " + e.Message);
        }
    }

    /// <summary>Every <c>*.txt</c> and <c>*.md</c> file of the folder, in ordinal order of their full paths.</summary>
    public static List<FileInfo> In(DirectoryInfo folder, SearchOption searchOption) =>
        Patterns.SelectMany(pattern => folder.EnumerateFiles(pattern, searchOption))
            .Where(HasLogExtension)
            .GroupBy(file => file.FullName, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(file => file.FullName, StringComparer.Ordinal)
            .ToList();

    // EnumerateFiles("*.md") also matches "*.mdx" and the like on some platforms (8.3 names); keep the exact extensions.
    private static bool HasLogExtension(FileInfo file) =>
        file.Extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase);
}
