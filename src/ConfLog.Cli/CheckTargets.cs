using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConfLog.Cli;

/// <summary>Turns the paths given to <c>check</c> into the files to read: a directory stands for every <c>*.txt</c> and <c>*.md</c> below it.</summary>
internal static class CheckTargets
{
    private static readonly string[] Extensions = [".txt", ".md"];

    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (path != LogInput.StandardInput && Directory.Exists(path))
            {
                files.AddRange(FilesUnder(path));
            }
            else
            {
                // A missing path is kept: reading it gives the same "no such file" message as every other command.
                files.Add(path);
            }
        }

        return files;
    }

    private static IEnumerable<string> FilesUnder(string directory)
    {
        // Hidden files and folders (.git and the like) are skipped, as EnumerationOptions does by default.
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(file => Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))

            // Ordinal on '/'-separated relative paths: the same order on every machine and file system.
            .OrderBy(file => Path.GetRelativePath(directory, file).Replace('\\', '/'), StringComparer.Ordinal);
    }
}
