// A project outside the solution that uses ConfLog as any user would: from its package.
// Usage: ConsumerApp SEED PACKAGES_FOLDER. Exits 1 with a message on the first broken promise.
using System.IO.Compression;
using System.Reflection;
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
// Every package of one pack has one version, a local build's prerelease (0.1.0-local.<date>.<commit>) or a release's.
string version = VersionOf(packages, "ConfLog");
Check(typeof(ConferenceLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.StartsWith(version, StringComparison.Ordinal),
    $"the ConfLog this consumer runs is the packed {version}");
CheckPackage(packages, "ConfLog.FluentAssertions", new[] { "README.md", "lib/net10.0/ConfLog.FluentAssertions.xml", "lib/netstandard2.0/ConfLog.FluentAssertions.xml" },
    new Dictionary<string, string> { ["ConfLog"] = version, ["FluentAssertions"] = "[7.2.2, 8.0.0)" });
// The tool: a package that points to one per platform, Native AOT for linux-x64, ReadyToRun where a runtime pack is
// served, portable ("any") elsewhere.
CheckPackage(packages, "ConfLog.Tool", new[] { "README.md", "tools/any/any/DotnetToolSettings.xml" }, new Dictionary<string, string>(), symbols: false);
foreach (string platform in new[] { "any", "linux-x64", "linux-arm64", "osx-arm64", "osx-x64" })
{
    Check(Entry(packages, "ConfLog.Tool", "tools/any/any/DotnetToolSettings.xml").Contains($"RuntimeIdentifier=\"{platform}\" Id=\"ConfLog.Tool.{platform}\"", StringComparison.Ordinal),
        $"ConfLog.Tool points to ConfLog.Tool.{platform}");
}

CheckPackage(packages, "ConfLog.Tool.any", new[] { "README.md", "tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/ConfLog.Cli.dll" }, new Dictionary<string, string>());
Check(!IsReadyToRun(packages, "ConfLog.Tool.any", "tools/net10.0/any/ConfLog.Cli.dll"), "ConfLog.Tool.any is portable IL");
// Native AOT: one executable, no IL, run as itself (Runner="executable"), for any installed runtime or none.
CheckPackage(packages, "ConfLog.Tool.linux-x64", new[] { "README.md", "tools/any/linux-x64/DotnetToolSettings.xml", "tools/any/linux-x64/ConfLog.Cli" }, new Dictionary<string, string>(), symbols: false);
Check(Entry(packages, "ConfLog.Tool.linux-x64", "tools/any/linux-x64/DotnetToolSettings.xml").Contains("EntryPoint=\"ConfLog.Cli\" Runner=\"executable\"", StringComparison.Ordinal),
    "ConfLog.Tool.linux-x64 runs its native executable");
Check(IsElf(packages, "ConfLog.Tool.linux-x64", "tools/any/linux-x64/ConfLog.Cli"), "ConfLog.Tool.linux-x64 holds a native (ELF) executable");
Check(!Entries(packages, "ConfLog.Tool.linux-x64").Any(e => new[] { ".dll", ".dbg", ".pdb" }.Any(extension => e.EndsWith(extension, StringComparison.Ordinal))),
    "ConfLog.Tool.linux-x64 holds no assembly and no debug file");
foreach (string rid in new[] { "linux-arm64", "osx-arm64", "osx-x64" })
{
    string dll = $"tools/net10.0/{rid}/ConfLog.Cli.dll";
    CheckPackage(packages, "ConfLog.Tool." + rid, new[] { "README.md", $"tools/net10.0/{rid}/DotnetToolSettings.xml", dll }, new Dictionary<string, string>());
    Check(IsReadyToRun(packages, "ConfLog.Tool." + rid, dll), $"ConfLog.Tool.{rid} holds ReadyToRun code");
}

Console.WriteLine($"consumer: ConfLog {typeof(ConferenceLog).Assembly.GetName().Version} from its package parsed {log.Talks.Length} talks; the packages hold what they should");
return 0;

static void CheckPackage(string folder, string id, string[] files, Dictionary<string, string> dependencies, bool symbols = true)
{
    string nupkg = Package(folder, id);
    Check(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")) == symbols, symbols ? $"{id} has a symbol package" : $"{id} has no symbol package, having no code");
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

static string Package(string folder, string id) =>
    Directory.GetFiles(folder, id + ".*.nupkg").Single(path => IsVersionOf(path, id));

static string VersionOf(string folder, string id) =>
    Path.GetFileNameWithoutExtension(Package(folder, id))[(id.Length + 1)..];

static HashSet<string> Entries(string folder, string id)
{
    using var zip = ZipFile.OpenRead(Package(folder, id));
    return zip.Entries.Select(e => e.FullName).ToHashSet();
}

static string Entry(string folder, string id, string file)
{
    using var zip = ZipFile.OpenRead(Package(folder, id));
    using var reader = new StreamReader(zip.GetEntry(file)!.Open());
    return reader.ReadToEnd();
}

static bool IsElf(string folder, string id, string file)
{
    using var zip = ZipFile.OpenRead(Package(folder, id));
    using var entry = zip.GetEntry(file)!.Open();
    var magic = new byte[4];
    entry.ReadExactly(magic);
    return magic.SequenceEqual(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' });
}

// ReadyToRun code is native code in the assembly, announced by the CLI header's managed native header.
static bool IsReadyToRun(string folder, string id, string file)
{
    using var zip = ZipFile.OpenRead(Package(folder, id));
    using var copy = new MemoryStream();
    using (var entry = zip.GetEntry(file)!.Open())
    {
        entry.CopyTo(copy);
    }

    copy.Position = 0;
    using var pe = new System.Reflection.PortableExecutable.PEReader(copy);
    return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
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
