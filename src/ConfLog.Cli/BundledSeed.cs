using System.IO;
using System.Reflection;

namespace ConfLog.Cli;

/// <summary>The founding sample, BitVisor Summit 2012, shipped inside the command.</summary>
public static class BundledSeed
{
    /// <summary>The name shown for the bundled seed in outlines and diagnostics.</summary>
    public const string Name = "bitvisor-summit-2012.txt";

    /// <summary>Opens the seed's bytes, exactly as in <c>seeds/bitvisor-summit-2012.txt</c>.</summary>
    /// <returns>A stream the caller disposes.</returns>
    public static Stream Open() =>
        typeof(BundledSeed).Assembly.GetManifestResourceStream("ConfLog.Cli." + Name)
        ?? throw new FileNotFoundException("The bundled seed is missing from the assembly.", Name);

    /// <summary>Parses the bundled seed.</summary>
    /// <returns>The parsed log.</returns>
    public static ConferenceLog Load()
    {
        using var stream = Open();
        return ConferenceLog.Load(stream);
    }
}
