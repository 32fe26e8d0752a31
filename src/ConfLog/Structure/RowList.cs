using System.Buffers;
using System.Collections.Generic;

namespace ConfLog.Structure;

/// <summary>
/// A growing list of rows kept in fixed chunks rented from the shared array pool: it never copies what it holds
/// to grow, each chunk is one object to the garbage collector however many rows it holds, and a large one is
/// never moved.
/// </summary>
/// <typeparam name="T">The row.</typeparam>
internal sealed class RowList<T>
    where T : struct
{
    // 4,096 rows: chunks large enough for the large object heap, where the collector does not copy them.
    private const int Shift = 12;
    private const int Mask = (1 << Shift) - 1;

    private readonly List<T[]> _chunks = new();

    /// <summary>Gets the number of rows written or reserved.</summary>
    public int Count { get; private set; }

    /// <summary>Gets a row to read or write in place.</summary>
    /// <param name="index">The row's index, below <see cref="Count"/>.</param>
    public ref T this[int index] => ref _chunks[index >> Shift][index & Mask];

    /// <summary>
    /// Reserves <paramref name="count"/> consecutive rows. They hold whatever a pooled chunk held, so each is to be
    /// written whole before it is read.
    /// </summary>
    /// <param name="count">How many.</param>
    /// <returns>The index of the first.</returns>
    public int Reserve(int count)
    {
        int first = Count;
        Count += count;
        while (_chunks.Count << Shift < Count)
        {
            _chunks.Add(ArrayPool<T>.Shared.Rent(1 << Shift));
        }

        return first;
    }

    /// <summary>Adds a row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>Its index.</returns>
    public int Add(in T row)
    {
        int index = Reserve(1);
        this[index] = row;
        return index;
    }

    /// <summary>
    /// Empties the list, giving its chunks back to the shared pool without what the rows held: rows of the input's
    /// strings left in a pooled chunk would keep the input alive.
    /// </summary>
    public void Clear()
    {
        for (int i = 0; i < _chunks.Count; i++)
        {
            // Cleared here rather than by the pool, which would clear the whole chunk.
            System.Array.Clear(_chunks[i], 0, System.Math.Min(Count - (i << Shift), 1 << Shift));
            ArrayPool<T>.Shared.Return(_chunks[i]);
        }

        _chunks.Clear();
        Count = 0;
    }
}
