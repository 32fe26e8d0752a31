// A project outside the solution that uses ConfLog as any user would: from its package.
// Usage: ConsumerApp SEED PACKAGES_FOLDER. Exits 1 with a message on the first broken promise.
using System.IO.Compression;
using System.Xml.Linq;
using ConfLog;

string seed = args[0];
string packages = args[1];

var log = ConferenceLog.Load(seed);
Check(log.Talks.Length == 10, $"the seed has 10 talks, not {log.Talks.Length}");
Check(log.Talks.Sum(t => t.Exchanges.Length) == 23, "the seed has 23 exchanges");
Check(log.Event.Venue == "筑波大学", "the event is at 筑波大学");
using (var saved = new MemoryStream())
{
    log.Save(saved);
    Check(saved.ToArray().SequenceEqual(File.ReadAllBytes(seed)), "the seed is saved back byte for byte");
}

CheckPackage(packages, "ConfLog", new[] { "README.md", "lib/net10.0/ConfLog.dll", "lib/net10.0/ConfLog.xml", "lib/netstandard2.0/ConfLog.dll", "lib/netstandard2.0/ConfLog.xml" },
    new Dictionary<string, string> { ["Sprache"] = "2.3.1", ["System.Text.RegularExpressions"] = "4.3.1", ["System.Collections.Immutable"] = "8.0.0" });
CheckPackage(packages, "ConfLog.FluentAssertions", new[] { "README.md", "lib/net10.0/ConfLog.FluentAssertions.xml", "lib/netstandard2.0/ConfLog.FluentAssertions.xml" },
    new Dictionary<string, string> { ["ConfLog"] = "0.1.0", ["FluentAssertions"] = "[7.2.2, 8.0.0)" });
CheckPackage(packages, "ConfLog.Tool", new[] { "README.md", "tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/ConfLog.Cli.dll" }, new Dictionary<string, string>());

Console.WriteLine($"consumer: ConfLog {typeof(ConferenceLog).Assembly.GetName().Version} from its package parsed {log.Talks.Length} talks; the packages hold what they should");
return 0;

static void CheckPackage(string folder, string id, string[] files, Dictionary<string, string> dependencies)
{
    string nupkg = Directory.GetFiles(folder, id + ".*.nupkg").Single(path => IsVersionOf(path, id));
    Check(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), $"{id} has a symbol package");
    using var zip = ZipFile.OpenRead(nupkg);
    var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
    foreach (string file in files)
    {
        Check(entries.Contains(file), $"{id} contains {file}");
    }

    using var nuspec = zip.Entries.Single(e => e.FullName == id + ".nuspec").Open();
    var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;
    Check(Value("license") == "MIT", $"{id} is MIT-licensed");
    Check(Value("readme") == "README.md", $"{id} names its README");
    Check(Value("description").Length > 20, $"{id} has a description");
    var declared = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
        .Select(e => (Id: (string)e.Attribute("id")!, Version: (string)e.Attribute("version")!)).ToList();
    foreach (var (dependency, version) in dependencies)
    {
        Check(declared.Any(d => d.Id == dependency && d.Version == version), $"{id} depends on {dependency} {version}, not [{string.Join(", ", declared.Where(d => d.Id == dependency).Select(d => d.Version))}]");
    }
}

static bool IsVersionOf(string path, string id) =>
    char.IsDigit(Path.GetFileName(path)[id.Length + 1]);

static void Check(bool condition, string promise)
{
    if (!condition)
    {
        Console.Error.WriteLine("consumer: FAILED: " + promise);
        Environment.Exit(1);
    }
}
