using System;
using System.IO;
using System.Linq;
using ConfLog.Diagnostics;

namespace ConfLog.Benchmarks;

/// <summary>Checks that a generated input still reads as the seed does: same talks per day, no warnings, no errors.</summary>
public static class InputCheck
{
    /// <summary>Parses the seed and each named input and compares them.</summary>
    /// <param name="names">The generated inputs to check.</param>
    /// <param name="output">Where to report.</param>
    /// <returns>Whether every input passed.</returns>
    public static bool Run(string[] names, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(output);
        ConferenceLog seed = ConferenceLog.Parse(Inputs.Seed);
        int seedTalks = seed.Talks.Length;
        int seedExchanges = seed.Talks.Sum(t => t.Exchanges.Length);
        bool ok = true;
        foreach (string name in names)
        {
            string text = Inputs.Get(name);
            ConferenceLog log = ConferenceLog.Parse(text);
            int copies = text.Split('\n').Count(l => l.StartsWith("TwitVisor / ", StringComparison.Ordinal) || l.StartsWith("TwitVisor #", StringComparison.Ordinal));
            int problems = log.Diagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning);
            bool same = log.Talks.Length == seedTalks * copies
                && log.Talks.Sum(t => t.Exchanges.Length) == seedExchanges * copies
                && problems == 0;
            output.WriteLine(
                $"input {name}: {Inputs.Utf8Length(name):N0} bytes, {copies} days, {log.Talks.Length} talks, " +
                $"{log.Talks.Sum(t => t.Exchanges.Length)} Q/A, {log.Diagnostics.Length} diagnostics ({problems} warnings or errors): {(same ? "ok" : "NOT LIKE THE SEED")}");
            ok &= same;
        }

        return ok;
    }
}
