using System;
using System.Collections.Generic;
using System.Linq;

namespace ConfLog.FluentAssertions;

/// <summary>
/// Finds what the test probably meant when an exact lookup fails, so a failure can say
/// <c>closest: "TwitVisor" at line 218</c> instead of leaving the reader to search the file.
/// </summary>
internal static class Closest
{
    // More than a few suggestions hide the one that matters.
    private const int MaxSuggestions = 3;

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions, one UTF-16 unit each.</summary>
    public static int Distance(string a, string b)
    {
        // Two rows are enough; titles and notes are short, but a hostile file may hold very long lines.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The fewest edits that make <paramref name="pattern"/> appear somewhere in <paramref name="text"/>:
    /// Levenshtein with a free start and end in the text, since "containing" ignores what surrounds the match.
    /// </summary>
    public static int DistanceWithin(string pattern, string text)
    {
        var previous = new int[text.Length + 1];
        var current = new int[text.Length + 1];
        for (int i = 1; i <= pattern.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= text.Length; j++)
            {
                int substitution = previous[j - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return pattern.Length == 0 ? 0 : previous.Min();
    }

    /// <summary>The candidates nearest to what was wanted, ties in source order, at most three.</summary>
    public static IReadOnlyList<T> Nearest<T>(IEnumerable<T> candidates, Func<T, int> distance) =>
        candidates
            .Select((candidate, index) => (candidate, index, distance: distance(candidate)))
            .GroupBy(c => c.distance)
            .OrderBy(g => g.Key)
            .Take(1)
            .SelectMany(g => g.OrderBy(c => c.index))
            .Take(MaxSuggestions)
            .Select(c => c.candidate)
            .ToList();
}
