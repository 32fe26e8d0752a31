// Prints the schedule of a conference log: when each talk and break ran, and who spoke.
// Usage: dotnet run --project samples/Schedule [-- path/to/notes.txt]
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ConfLog;
using ConfLog.Model;

string? path = args.Length > 0 ? args[0] : FindSeed();
if (path is null || !File.Exists(path))
{
    Console.Error.WriteLine($"No notes file found{(path is null ? string.Empty : $" at '{path}'")}; give its path as the first argument.");
    return 2;
}

var log = ConferenceLog.Load(path);
var ev = log.Event;
Console.WriteLine($"{ev.Date:yyyy-MM-dd} {ev.Venue}: {log.Talks.Length} talks");
foreach (var session in log.Sessions.Where(s => s is Talk or Break))
{
    string times = $"{Clock(session.Start)}-{Clock(session.End)}";
    // A talk prints as its header, "Title / Speaker(Affiliation)"; a break is its heading, in parentheses.
    string what = session is Talk ? session.ToString() : $"({session.Title})";
    Console.WriteLine($"{times}  {what}");
}

return 0;

static string Clock(DateTime? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "??:??";

// The seed sits at ../../seeds from this sample's folder. The folder is known at build time, and `dotnet run`
// may start anywhere, so look there first, then up from the working directory and from the program itself.
static string? FindSeed([CallerFilePath] string sourceFile = "")
{
    const string Seed = "seeds/bitvisor-summit-2012.txt";
    var starts = new[] { Path.GetDirectoryName(sourceFile), Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
    foreach (string? start in starts)
    {
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, Seed);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
    }

    return null;
}
