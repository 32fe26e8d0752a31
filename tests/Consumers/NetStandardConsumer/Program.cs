// Parses the seed with ConfLog's netstandard2.0 assembly, the one .NET Framework and older hosts get.
using System.Reflection;
using System.Runtime.Versioning;
using ConfLog;

string framework = typeof(ConferenceLog).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName ?? "unknown";
if (framework != ".NETStandard,Version=v2.0")
{
    Console.Error.WriteLine($"netstandard consumer: FAILED: ConfLog was loaded from its {framework} build");
    return 1;
}

var log = ConferenceLog.Load(args[0]);
string json = log.ToJson();
bool ok = log.Talks.Length == 10 && log.Talks.Sum(t => t.Exchanges.Length) == 23 && json.Contains("\"venue\": \"筑波大学\"", StringComparison.Ordinal);
Console.WriteLine(ok
    ? $"netstandard consumer: ConfLog ({framework}) parsed {log.Talks.Length} talks and wrote {json.Length} characters of JSON"
    : "netstandard consumer: FAILED: the seed did not parse as expected");
return ok ? 0 : 1;
