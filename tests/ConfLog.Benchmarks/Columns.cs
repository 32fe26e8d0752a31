using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ConfLog.Benchmarks;

/// <summary>The figures per input byte that the columns and <c>results.md</c> show.</summary>
public static class Throughput
{
    /// <summary>Bytes in a megabyte here (binary, as the sizes 1MB, 4MB, 20MB are).</summary>
    public const double BytesPerMB = 1 << 20;

    /// <summary>Gets the input's name of a case.</summary>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>The value of its <c>Size</c> parameter.</returns>
    public static string SizeOf(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return ((InputSize)benchmarkCase.Parameters[nameof(ParseBenchmarks.Size)]).Name;
    }

    /// <summary>Gets the MB of UTF-8 input read per second, from the mean time.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>The throughput, or <see langword="null"/> when the case has no result.</returns>
    public static double? MBPerSecond(Summary summary, BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(summary);
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0)
        {
            return null;
        }

        return Inputs.Utf8Length(SizeOf(benchmarkCase)) / BytesPerMB / (meanNs.Value / 1e9);
    }

    /// <summary>Gets the bytes allocated per operation for each UTF-8 byte of input.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>The ratio, or <see langword="null"/> when the case has no result.</returns>
    public static double? AllocatedPerByte(Summary summary, BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(summary);
        BenchmarkReport? report = summary[benchmarkCase];
        long? allocated = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        if (allocated is null)
        {
            return null;
        }

        return allocated.Value / (double)Inputs.Utf8Length(SizeOf(benchmarkCase));
    }
}

/// <summary>A summary column computed from the input size of each case.</summary>
public sealed class PerByteColumn : IColumn
{
    private readonly Func<Summary, BenchmarkCase, double?> value;
    private readonly string format;

    private PerByteColumn(string id, string name, string legend, string format, Func<Summary, BenchmarkCase, double?> value)
    {
        Id = id;
        ColumnName = name;
        Legend = legend;
        this.format = format;
        this.value = value;
    }

    /// <summary>Gets the MB/s column.</summary>
    public static IColumn MBPerSecond { get; } = new PerByteColumn(
        "ConfLog.MBps", "MB/s", "Megabytes (2^20 bytes) of UTF-8 input per second, from the mean", "N1", Throughput.MBPerSecond);

    /// <summary>Gets the allocated-bytes-per-input-byte column.</summary>
    public static IColumn AllocatedPerByte { get; } = new PerByteColumn(
        "ConfLog.AllocPerByte", "Alloc B/byte", "Bytes allocated per operation for each UTF-8 byte of input", "N2", Throughput.AllocatedPerByte);

    /// <summary>Gets the column's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the column's header.</summary>
    public string ColumnName { get; }

    /// <summary>Gets a value indicating whether the column is shown even when every value is the same.</summary>
    public bool AlwaysShow => true;

    /// <summary>Gets the column's category.</summary>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <summary>Gets the column's order among custom columns.</summary>
    public int PriorityInCategory => 0;

    /// <summary>Gets a value indicating whether the values are numbers.</summary>
    public bool IsNumeric => true;

    /// <summary>Gets the unit of the values.</summary>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <summary>Gets the legend.</summary>
    public string Legend { get; }

    /// <summary>Gets the value of a case.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>The formatted value.</returns>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        value(summary, benchmarkCase)?.ToString(format, CultureInfo.InvariantCulture) ?? "NA";

    /// <summary>Gets the value of a case.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="benchmarkCase">The case.</param>
    /// <param name="style">Ignored.</param>
    /// <returns>The formatted value.</returns>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <summary>Gets a value indicating whether a case's value is a default.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>Always false.</returns>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Gets a value indicating whether the column applies.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>Always true.</returns>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
