using System;
using System.Globalization;
using System.IO;
using System.Threading;
using CsCheck;
using Xunit;

namespace ConfLog.Tests.Properties;

// The fuzzing entry point: a CsCheck run that checks every invariant on generated text for as long as it is told.
// CI runs a short, bounded pass; for a long run:
//   CONFLOG_FUZZ_SECONDS=600 CONFLOG_FUZZ_REPORT=/tmp/fuzz.txt dotnet test --project tests/ConfLog.Tests --filter-class ConfLog.Tests.Properties.FuzzTests
public sealed class FuzzTests
{
    private const int DefaultSeconds = 5;

    [Fact]
    public void No_generated_text_breaks_an_invariant_or_throws()
    {
        int seconds = int.TryParse(Environment.GetEnvironmentVariable("CONFLOG_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out int s) && s > 0 ? s : DefaultSeconds;
        long tried = 0;

        LogGen.Any.Sample(
            text =>
            {
                Interlocked.Increment(ref tried);
                var log = ConferenceLog.Parse(text);
                string? broken = Invariants.Check(text, log);
                if (broken is not null)
                {
                    throw new InvalidOperationException(broken);
                }

                _ = log.ToJson();
            },
            time: seconds);

        string? report = Environment.GetEnvironmentVariable("CONFLOG_FUZZ_REPORT");
        if (!string.IsNullOrEmpty(report))
        {
            File.AppendAllText(report, $"{DateTime.UtcNow:u} fuzzed {tried} inputs in {seconds} s with no failure{Environment.NewLine}");
        }

        Assert.True(tried > 0, "the fuzzer tried no input");
    }
}
