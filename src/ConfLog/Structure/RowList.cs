using System;
using System.Buffers;
using System.Collections.Generic;

namespace ConfLog.Structure;

/// <summary>
/// A growing list of rows kept in chunks of 4,096: past the first, it never copies what it holds to grow, each
/// chunk is one object to the garbage collector however many rows it holds, and a full chunk of larger rows lies
/// in the large object heap, where the collector never moves it.
/// </summary>
/// <typeparam name="T">The row.</typeparam>
/// <remarks>
/// The first chunk starts small and doubles, copied, up to a full chunk: most logs are small, and a full chunk of
/// item rows is 384 KB. Full chunks are rented from the shared array pool and given back by <see cref="Clear"/>.
/// Only our own generic types are used over the row types: an instantiation of the framework's generics over them
/// (a <c>List</c>, the pool of rows) is compiled at run time, even in the command's ReadyToRun build, and a small
/// parse, the one a command starting up does, would pay for it.
/// </remarks>
internal sealed class RowList<T>
    where T : struct
{
    private const int Shift = 12;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private readonly List<T[]> _chunks = new();
    private readonly int _initial;

    /// <summary>Initializes an empty list.</summary>
    /// <param name="initial">The number of rows the first chunk starts with, at most 4,096.</param>
    public RowList(int initial) => _initial = Math.Min(Math.Max(initial, 1), ChunkSize);

    /// <summary>Gets the number of rows written or reserved.</summary>
    public int Count { get; private set; }

    /// <summary>Gets a row to read or write in place; a reference is good until the next <see cref="Reserve"/>.</summary>
    /// <param name="index">The row's index, below <see cref="Count"/>.</param>
    public ref T this[int index] => ref _chunks[index >> Shift][index & Mask];

    /// <summary>
    /// Reserves <paramref name="count"/> consecutive rows. They may hold whatever a pooled chunk held, so each is to
    /// be written whole before it is read.
    /// </summary>
    /// <param name="count">How many.</param>
    /// <returns>The index of the first.</returns>
    public int Reserve(int count)
    {
        int first = Count;
        Count += count;
        if (Count == 0)
        {
            return first;
        }

        if (_chunks.Count == 0)
        {
            _chunks.Add(new T[_initial]);
        }

        var head = _chunks[0];
        if (head.Length < ChunkSize && head.Length < Count)
        {
            int size = head.Length;
            while (size < Count && size < ChunkSize)
            {
                size *= 2;
            }

            var bigger = size >= ChunkSize ? ArrayPool<T>.Shared.Rent(ChunkSize) : new T[size];
            Array.Copy(head, bigger, first);
            _chunks[0] = bigger;
        }

        while (_chunks.Count << Shift < Count)
        {
            _chunks.Add(ArrayPool<T>.Shared.Rent(ChunkSize));
        }

        return first;
    }

    /// <summary>Adds a row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>Its index.</returns>
    public int Add(T row)
    {
        int index = Reserve(1);
        this[index] = row;
        return index;
    }

    /// <summary>
    /// Empties the list: full chunks go back to the shared pool, a first chunk not yet full is kept for what comes
    /// next, and none keeps what its rows held (rows of the input's strings left in a pooled chunk would keep the
    /// input alive).
    /// </summary>
    public void Clear()
    {
        for (int i = 0; i < _chunks.Count; i++)
        {
            // Cleared here rather than by the pool, which would clear the whole chunk.
            var chunk = _chunks[i];
            Array.Clear(chunk, 0, Math.Min(Count - (i << Shift), chunk.Length));
            if (chunk.Length == ChunkSize)
            {
                ArrayPool<T>.Shared.Return(chunk);
            }
        }

        if (_chunks.Count > 0 && _chunks[0].Length < ChunkSize)
        {
            _chunks.RemoveRange(1, _chunks.Count - 1);
        }
        else
        {
            _chunks.Clear();
        }

        Count = 0;
    }
}
