using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ConfLog.Benchmarks;

/// <summary>
/// The inputs of the benchmarks: the founding sample itself, and logs of a given size made by varying it.
/// Every input is built the same way in every process, so the host can measure what a child process read.
/// </summary>
public static partial class Inputs
{
    /// <summary>The name of the seed input.</summary>
    public const string SeedName = "seed";

    /// <summary>The name of the real notes of <c>tests/ConfLog.Tests/Corpus</c>, parsed one file after another.</summary>
    public const string CorpusName = "corpus";

    private const int MiB = 1 << 20;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, long> Utf8Lengths = new(StringComparer.Ordinal);
    private static readonly Lazy<string> SeedText = new(ReadSeed);
    private static readonly Lazy<string[]> CorpusTexts = new(ReadCorpus);

    /// <summary>Gets the founding sample, decoded (no byte-order mark).</summary>
    public static string Seed => SeedText.Value;

    /// <summary>
    /// Gets an input by name: <c>seed</c>, <c>corpus</c> (its files joined, one after another), or a size such as
    /// <c>256KB</c>, <c>1MB</c>, <c>20MB</c>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The text.</returns>
    public static string Get(string name) =>
        Cache.GetOrAdd(name, static n => n == SeedName ? Seed : n == CorpusName ? string.Join("\n", CorpusTexts.Value) : Generate(ParseSize(n)));

    /// <summary>
    /// Gets the documents of an input, each parsed on its own: the corpus's files (notes by other people, in the markups
    /// they wrote them in, read by the reader of real notes rather than the seed's grammar alone), or the one text of
    /// any other input.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The texts.</returns>
    public static string[] Documents(string name) => name == CorpusName ? CorpusTexts.Value : [Get(name)];

    /// <summary>Gets the length in UTF-8 bytes of an input, which is the size of the file that <c>Load</c> reads.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The number of bytes.</returns>
    public static long Utf8Length(string name) =>
        Utf8Lengths.GetOrAdd(name, static n => Encoding.UTF8.GetByteCount(Get(n)));

    /// <summary>Frees the generated texts held in memory.</summary>
    public static void Release() => Cache.Clear();

    /// <summary>Reads a size such as <c>64KB</c> or <c>20MB</c> (binary units).</summary>
    /// <param name="name">The size.</param>
    /// <returns>The number of bytes.</returns>
    public static int ParseSize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.EndsWith("MB", StringComparison.Ordinal))
        {
            return int.Parse(name.AsSpan(0, name.Length - 2), CultureInfo.InvariantCulture) * MiB;
        }

        if (name.EndsWith("KB", StringComparison.Ordinal))
        {
            return int.Parse(name.AsSpan(0, name.Length - 2), CultureInfo.InvariantCulture) * 1024;
        }

        throw new ArgumentException($"'{name}' is neither 'seed' nor a size such as 1MB or 64KB.", nameof(name));
    }

    /// <summary>
    /// Makes a log of at least <paramref name="targetBytes"/> UTF-8 bytes: the seed's event header once, then its
    /// body (lines 4 to the end) again and again, copy <c>k</c> being the seed's day moved <c>k</c> days on. Each copy
    /// changes so that the text is not one string repeated, while every line keeps its kind: timestamps get the copy's
    /// date, times moved by a few minutes (in order) and one of three written forms; talk titles get a number; ASCII
    /// digits in other lines are rotated; each run of plain bullets (not Q/A) is shuffled. Copy 0 is the seed itself.
    /// </summary>
    /// <param name="targetBytes">The least size in UTF-8 bytes.</param>
    /// <returns>The text, with LF line ends.</returns>
    public static string Generate(int targetBytes)
    {
        string[] lines = Seed.Split('\n');
        const int HeaderLines = 3;
        var text = new StringBuilder(targetBytes + Seed.Length);
        for (int i = 0; i < HeaderLines; i++)
        {
            text.Append(lines[i]).Append('\n');
        }

        var body = new List<string>(lines.Length);
        long bytes = Encoding.UTF8.GetByteCount(text.ToString());
        for (int copy = 0; bytes < targetBytes; copy++)
        {
            body.Clear();
            for (int i = HeaderLines; i < lines.Length; i++)
            {
                body.Add(Vary(lines[i], copy));
            }

            if (copy > 0)
            {
                ShuffleBulletRuns(body, new Random(copy));
            }

            foreach (string line in body)
            {
                text.Append(line).Append('\n');
                bytes += Encoding.UTF8.GetByteCount(line) + 1;
            }
        }

        return text.ToString();
    }

    private static string Vary(string line, int copy)
    {
        if (copy == 0)
        {
            return line;
        }

        Match stamp = StampPattern().Match(line);
        if (stamp.Success)
        {
            var date = DateOnly.ParseExact(stamp.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(copy);
            var time = TimeOnly.ParseExact(stamp.Groups["time"].Value, "HH:mm", CultureInfo.InvariantCulture).AddMinutes(copy % 37);
            return (copy % 3) switch
            {
                0 => string.Create(CultureInfo.InvariantCulture, $"[{date:yyyy-MM-dd} {time:HH:mm}]"),
                1 => string.Create(CultureInfo.InvariantCulture, $"[{date:yyyy/MM/dd} {time:HH:mm}]"),
                _ => string.Create(CultureInfo.InvariantCulture, $"[{date:yyyy-MM-dd} {time:HH:mm}:{copy % 60:00}]"),
            };
        }

        bool isHeader = line.Length > 0 && line[0] != '-' && line[0] != '[' && line.Contains(" / ", StringComparison.Ordinal);
        if (isHeader)
        {
            int split = line.LastIndexOf(" / ", StringComparison.Ordinal);
            return string.Create(CultureInfo.InvariantCulture, $"{line.AsSpan(0, split)} #{copy + 1}{line.AsSpan(split)}");
        }

        return RotateDigits(line, copy % 10);
    }

    private static string RotateDigits(string line, int by)
    {
        if (by == 0 || line.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return line;
        }

        return string.Create(line.Length, (line, by), static (span, state) =>
        {
            state.line.AsSpan().CopyTo(span);
            for (int i = 0; i < span.Length; i++)
            {
                if (char.IsAsciiDigit(span[i]))
                {
                    span[i] = (char)('0' + ((span[i] - '0' + state.by) % 10));
                }
            }
        });
    }

    private static void ShuffleBulletRuns(List<string> body, Random random)
    {
        int i = 0;
        while (i < body.Count)
        {
            int start = i;
            while (i < body.Count && IsPlainBullet(body[i]))
            {
                i++;
            }

            if (i - start > 1)
            {
                // Fisher–Yates over body[start..i).
                for (int j = i - 1; j > start; j--)
                {
                    int k = random.Next(start, j + 1);
                    (body[j], body[k]) = (body[k], body[j]);
                }
            }

            if (i == start)
            {
                i++;
            }
        }
    }

    private static bool IsPlainBullet(string line) =>
        line.StartsWith("- ", StringComparison.Ordinal)
        && !line.StartsWith("- Q:", StringComparison.Ordinal)
        && !line.StartsWith("- A:", StringComparison.Ordinal);

    private static string[] ReadCorpus()
    {
        var assembly = typeof(Inputs).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("corpus/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using Stream stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                return reader.ReadToEnd();
            })
            .ToArray();
    }

    private static string ReadSeed()
    {
        using Stream stream = typeof(Inputs).Assembly.GetManifestResourceStream("bitvisor-summit-2012.txt")
            ?? throw new InvalidOperationException("The seed is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^\[(?<date>\d{4}-\d{2}-\d{2}) (?<time>\d{2}:\d{2})\]$", RegexOptions.CultureInvariant)]
    private static partial Regex StampPattern();
}
