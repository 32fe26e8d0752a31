using System;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ConfLog.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ConfLog.Benchmarks</c>: the full suite, which rewrites <c>results.md</c>.
/// With <c>--short</c>: each benchmark once, in process, on small inputs, only to show that they all still run (CI).
/// Other arguments go to BenchmarkDotNet (<c>--filter *Parse*</c>, <c>--list flat</c>, …).
/// </summary>
public static class Program
{
    /// <summary>Gets a value indicating whether this is a short run.</summary>
    public static bool ShortRun { get; private set; }

    /// <summary>Runs the suite.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when every benchmark ran; 1 otherwise.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        ShortRun = args.Contains("--short");
        string[] rest = args.Where(a => a != "--short").ToArray();

        if (!InputCheck.Run(ShortRun ? ["256KB"] : ["1MB"], Console.Out))
        {
            return 1;
        }

        Summary summary = BenchmarkRunner.Run<ParseBenchmarks>(ShortRun ? ShortConfig() : FullConfig(), rest);
        if (summary is null)
        {
            return 1;
        }

        bool ok = !summary.HasCriticalValidationErrors
            && summary.Reports.Length > 0
            && summary.Reports.All(r => r.Success && r.ResultStatistics is not null);
        string command = "dotnet run -c Release --project tests/ConfLog.Benchmarks" + (args.Length > 0 ? " -- " + string.Join(' ', args) : string.Empty);
        string table = ResultsWriter.Render(summary, command);

        int expected = ParseBenchmarks.Sizes.Count() * typeof(ParseBenchmarks).GetMethods().Count(m => m.GetCustomAttribute<BenchmarkDotNet.Attributes.BenchmarkAttribute>() is not null);
        if (!ShortRun && ok && summary.Reports.Length == expected)
        {
            string path = Path.Combine(ProjectDirectory(), "results.md");
            File.WriteAllText(path, table);
            Console.WriteLine($"Wrote {path}");
        }
        else
        {
            Console.WriteLine(table);
            Console.WriteLine(ShortRun ? "Short run: results.md is left as it is." : "Not a complete run: results.md is left as it is.");
        }

        // Not in the "N passed, N failed" form on purpose: CI reads that line as the test count.
        Console.WriteLine(ok
            ? $"Benchmarks: all {summary.Reports.Length} ran."
            : $"Benchmarks: {summary.BenchmarksCases.Length - summary.Reports.Count(r => r.Success)} of {summary.BenchmarksCases.Length} did not run.");
        return ok ? 0 : 1;
    }

    private static ManualConfig FullConfig() =>
        DefaultConfig.Instance
            .AddJob(Job.Default
                // A 20 MB parse is one operation per iteration, so a burst of work from another tenant of this shared
                // machine lands whole in one iteration: twenty of them, after five warm-ups, make the mean steadier.
                .WithWarmupCount(5)
                .WithIterationCount(20)
                .WithId("Full"))
            .AddColumn(PerByteColumn.MBPerSecond, PerByteColumn.AllocatedPerByte);

    private static ManualConfig ShortConfig() =>
        DefaultConfig.Instance
            .AddJob(Job.Dry
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithId("Short"))
            .AddColumn(PerByteColumn.MBPerSecond, PerByteColumn.AllocatedPerByte)
            // A smoke test: a Debug build may run it too (its numbers mean nothing either way).
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    private static string ProjectDirectory() =>
        typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value
        ?? Directory.GetCurrentDirectory();
}
