using System.IO;

namespace ConfLog.Writers;

/// <summary>Writes a log back from its lines, byte-order mark and line endings included, so the output equals the input.</summary>
public static class LosslessWriter
{
    /// <summary>Writes <paramref name="log"/> to <paramref name="writer"/> exactly as it was read.</summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ConferenceLog log, TextWriter writer)
    {
        Guard.NotNull(log, nameof(log));
        Guard.NotNull(writer, nameof(writer));
        foreach (string piece in log.Source.Pieces())
        {
            writer.Write(piece);
        }
    }
}
