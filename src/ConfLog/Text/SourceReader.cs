using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace ConfLog.Text;

/// <summary>
/// Cuts what a <see cref="TextReader"/> gives into lines as it reads, keeping each line ending as written,
/// so a log of any size is read a line at a time. The lines are those <see cref="SourceText.From"/> would make.
/// </summary>
internal static class SourceReader
{
    private const int BlockSize = 64 * 1024;

    public static IEnumerable<SourceLine> Lines(TextReader reader)
    {
        var buffer = new char[BlockSize];
        var cutter = new LineCutter();
        var lines = new List<SourceLine>();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            cutter.Cut(buffer, read, lines);
            foreach (var line in lines)
            {
                yield return line;
            }

            lines.Clear();
        }

        cutter.End(lines);
        foreach (var line in lines)
        {
            yield return line;
        }
    }

    /// <summary>
    /// Reads as <see cref="Lines"/> does, a block at a time with <see cref="TextReader.ReadAsync(char[], int, int)"/>:
    /// never a synchronous read, which ASP.NET Core refuses on a request's body.
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <param name="cancellationToken">Checked before each block is read.</param>
    /// <returns>The lines, in order.</returns>
    public static async IAsyncEnumerable<SourceLine> LinesAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new char[BlockSize];
        var cutter = new LineCutter();
        var lines = new List<SourceLine>();
        int read;
        while ((read = await ReadAsync(reader, buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            cutter.Cut(buffer, read, lines);
            foreach (var line in lines)
            {
                yield return line;
            }

            lines.Clear();
        }

        cutter.End(lines);
        foreach (var line in lines)
        {
            yield return line;
        }
    }

    private static Task<int> ReadAsync(TextReader reader, char[] buffer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
#if NETSTANDARD2_0
        // No overload takes a token here: the token is checked between blocks.
        return reader.ReadAsync(buffer, 0, buffer.Length);
#else
        return reader.ReadAsync(buffer.AsMemory(), cancellationToken).AsTask();
#endif
    }
}
