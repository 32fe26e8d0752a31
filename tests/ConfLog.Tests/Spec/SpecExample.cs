using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ConfLog.Tests.Spec;

// One example of spec.md: its place among the examples (1, 2, 3...), the number written on the line
// "Example N" just above its fence (null when that line is missing), the section it stands in, the line of its
// opening fence, the options it names, the input (visible markers already turned back into the characters they
// stand for) and the expected outline.
internal sealed record SpecExample(int Ordinal, int? Number, string Section, int Line, string Options, string Input, string Expected)
{
    // 32 backticks, as in the CommonMark spec.
    public static readonly string Fence = new('`', 32);

    public static string SpecPath { get; } = Path.Combine(AppContext.BaseDirectory, "Spec", "spec.md");

    private static readonly Lazy<ImmutableArray<SpecExample>> Loaded = new(() => Read(File.ReadAllLines(SpecPath, Encoding.UTF8)));

    public static ImmutableArray<SpecExample> All => Loaded.Value;

    // The examples of a spec, in the order they appear.
    public static ImmutableArray<SpecExample> Read(IReadOnlyList<string> lines)
    {
        var examples = ImmutableArray.CreateBuilder<SpecExample>();
        string section = string.Empty;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line.Substring(3).Trim();
                continue;
            }

            if (!line.StartsWith(Fence + " example", StringComparison.Ordinal))
            {
                continue;
            }

            int open = i;
            string options = line.Substring(Fence.Length + " example".Length).Trim();
            var input = new List<string>();
            var expected = new List<string>();
            bool inExpected = false;
            for (i++; i < lines.Count && lines[i] != Fence; i++)
            {
                if (!inExpected && lines[i] == ".")
                {
                    inExpected = true;
                }
                else
                {
                    (inExpected ? expected : input).Add(lines[i]);
                }
            }

            if (i >= lines.Count || !inExpected)
            {
                throw new InvalidDataException($"spec.md line {open + 1}: an example must have a '.' line and a closing fence");
            }

            examples.Add(new SpecExample(examples.Count + 1, WrittenNumber(lines, open), section, open + 1, options, InputOf(input), string.Join("\n", expected)));
        }

        return examples.ToImmutable();
    }

    // "Example 12" on the line just above the fence, blank lines skipped.
    private static int? WrittenNumber(IReadOnlyList<string> lines, int fence)
    {
        int i = fence - 1;
        while (i >= 0 && lines[i].Length == 0)
        {
            i--;
        }

        const string Prefix = "Example ";
        return i >= 0 && lines[i].StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(lines[i].AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            ? number
            : null;
    }

    // Markers: → a tab, ␠ a space, ␍ a carriage return (a CRLF line ending when it ends the line), ⟨BOM⟩ a
    // byte-order mark, and ␄ ending the last line: the input stops there, with no line ending.
    private static string InputOf(List<string> lines)
    {
        var text = new StringBuilder();
        foreach (string line in lines)
        {
            string visible = line.Replace("→", "\t", StringComparison.Ordinal)
                .Replace("␠", " ", StringComparison.Ordinal)
                .Replace("␍", "\r", StringComparison.Ordinal)
                .Replace("⟨BOM⟩", "\uFEFF", StringComparison.Ordinal);
            if (visible.EndsWith('␄'))
            {
                text.Append(visible, 0, visible.Length - 1);
                break;
            }

            text.Append(visible).Append('\n');
        }

        return text.ToString();
    }

    public ConfLogOptions ParseOptions()
    {
        var options = ConfLogOptions.Default;
        foreach (string setting in Options.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = setting.IndexOf('=', StringComparison.Ordinal);
            string key = equals < 0 ? setting : setting.Substring(0, equals);
            string value = equals < 0 ? string.Empty : setting.Substring(equals + 1);
            options = key switch
            {
                "options" => value switch
                {
                    "Default" => ConfLogOptions.Default,
                    "SeedStyle" => ConfLogOptions.SeedStyle,
                    "MarkdownNotes" => ConfLogOptions.MarkdownNotes,
                    _ => throw new InvalidDataException($"example {Ordinal}: unknown preset '{value}'"),
                },
                "breaks" => options with { BreakKeywords = value.Split(',').ToImmutableArray() },
                "culture" => options with { DateCulture = CultureInfo.GetCultureInfo(value) },
                "headings" => options with { MarkdownHeadings = bool.Parse(value) },
                _ => throw new InvalidDataException($"example {Ordinal}: unknown setting '{key}'"),
            };
        }

        return options;
    }
}
