using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ConfLog.Benchmarks;

/// <summary>Writes the table of <c>results.md</c>: each case's mean, MB/s, allocated bytes per input byte and ratio to Markdig.</summary>
public static class ResultsWriter
{
    /// <summary>Renders a summary as Markdown.</summary>
    /// <param name="summary">The summary of a run.</param>
    /// <param name="command">The command that made it, to say how to make it again.</param>
    /// <returns>The Markdown text.</returns>
    public static string Render(Summary summary, string command)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine("# ConfLog benchmark results");
        md.AppendLine();
        md.AppendLine(inv, $"Made by `{command}` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; every full run overwrites this file.");
        md.AppendLine("MB = 2^20 bytes of UTF-8 input; *alloc B/byte* = bytes allocated per operation ÷ input bytes;");
        md.AppendLine("*vs Markdig* = mean time ÷ Markdig's mean time on the same input (above 1: slower than Markdig).");
        md.AppendLine();
        md.AppendLine("```text");
        foreach (string line in summary.HostEnvironmentInfo.ToFormattedString())
        {
            md.AppendLine(line);
        }

        foreach (string job in summary.BenchmarksCases.Select(c => c.Job.DisplayInfo).Distinct())
        {
            md.AppendLine(inv, $"Job: {job}");
        }

        md.AppendLine("```");
        md.AppendLine();

        string[] sizes = summary.BenchmarksCases.Select(Throughput.SizeOf).Distinct().OrderBy(Inputs.Utf8Length).ToArray();
        md.AppendLine("| input | bytes | method | mean | MB/s | alloc B/byte | allocated | vs Markdig |");
        md.AppendLine("|---|--:|---|--:|--:|--:|--:|--:|");
        foreach (string size in sizes)
        {
            BenchmarkCase[] cases = summary.BenchmarksCases.Where(c => Throughput.SizeOf(c) == size).ToArray();
            double? markdig = cases.Where(c => c.Descriptor.Baseline).Select(c => Mean(summary, c)).FirstOrDefault();
            foreach (BenchmarkCase c in cases)
            {
                double? mean = Mean(summary, c);
                long? allocated = summary[c]?.GcStats.GetBytesAllocatedPerOperation(c);
                string ratio = mean is { } m && markdig is > 0 ? (m / markdig.Value).ToString("N2", inv) : "NA";
                md.AppendLine(inv, $"| {size} | {Inputs.Utf8Length(size):N0} | {c.Descriptor.WorkloadMethod.Name} | {FormatTime(mean)} | " +
                    $"{Format(Throughput.MBPerSecond(summary, c), "N1")} | {Format(Throughput.AllocatedPerByte(summary, c), "N2")} | " +
                    $"{FormatBytes(allocated)} | {ratio} |");
            }
        }

        AppendScaling(md, summary, sizes);
        return md.ToString();
    }

    private static void AppendScaling(StringBuilder md, Summary summary, string[] sizes)
    {
        string[] generated = sizes.Where(s => s != Inputs.SeedName && s != Inputs.CorpusName).ToArray();
        if (generated.Length < 2)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        string smallest = generated[0];
        md.AppendLine();
        md.AppendLine(inv, $"Linear scaling: time per input byte at each size ÷ time per byte at {smallest} (1.00 = linear; above 1: superlinear).");
        md.AppendLine();
        md.AppendLine("| method | " + string.Join(" | ", generated) + " |");
        md.AppendLine("|---|" + string.Concat(generated.Select(_ => "--:|")));
        foreach (string method in summary.BenchmarksCases.Select(c => c.Descriptor.WorkloadMethod.Name).Distinct())
        {
            double? PerByte(string size)
            {
                BenchmarkCase? c = summary.BenchmarksCases.FirstOrDefault(x => x.Descriptor.WorkloadMethod.Name == method && Throughput.SizeOf(x) == size);
                return c is null ? null : Mean(summary, c) / Inputs.Utf8Length(size);
            }

            double? first = PerByte(smallest);
            IEnumerable<string> cells = generated.Select(s => PerByte(s) is { } p && first is > 0 ? (p / first.Value).ToString("N2", inv) : "NA");
            md.AppendLine(inv, $"| {method} | {string.Join(" | ", cells)} |");
        }
    }

    private static double? Mean(Summary summary, BenchmarkCase c) => summary[c]?.ResultStatistics?.Mean;

    private static string Format(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "NA";

    private static string FormatTime(double? ns) => ns switch
    {
        null => "NA",
        < 1e3 => string.Create(CultureInfo.InvariantCulture, $"{ns:N1} ns"),
        < 1e6 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e3:N1} µs"),
        < 1e9 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e6:N1} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e9:N2} s"),
    };

    private static string FormatBytes(long? bytes) => bytes switch
    {
        null => "NA",
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:N1} KB"),
        < 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 20):N1} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):N2} GB"),
    };
}
