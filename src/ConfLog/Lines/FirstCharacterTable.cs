using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Text;

namespace ConfLog.Lines;

/// <summary>
/// The alternatives worth trying on a line, by its first non-blank character, worked out once: the table behind
/// <see cref="TextRuns.Dispatch{T}"/> and <see cref="LineKinds.Scanning"/>, so a line costs one look-up however many
/// kinds the grammar has.
/// </summary>
/// <typeparam name="TCase">An alternative.</typeparam>
internal sealed class FirstCharacterTable<TCase>
{
    private readonly TCase[] _anyStart;
    private readonly TCase[]?[] _ascii = new TCase[128][];
    private readonly Dictionary<char, TCase[]> _other = new();

    /// <summary>Builds the table of <paramref name="cases"/>, in order of preference.</summary>
    /// <param name="cases">The alternatives.</param>
    /// <param name="firstCharacters">What an alternative's first non-blank character must be one of, or null for any.</param>
    public FirstCharacterTable(TCase[] cases, Func<TCase, string?> firstCharacters)
    {
        _anyStart = cases.Where(c => firstCharacters(c) is null).ToArray();
        foreach (char c in cases.Select(firstCharacters).Where(s => s is not null).SelectMany(s => s!).Distinct())
        {
            var fitting = cases.Where(k => firstCharacters(k) is not { } starts || starts.Contains(c)).ToArray();
            if (c < 128)
            {
                _ascii[c] = fitting;
            }
            else
            {
                _other[c] = fitting;
            }
        }
    }

    /// <summary>The alternatives for a line whose first non-blank character is at <paramref name="first"/> (its length when blank).</summary>
    public TCase[] For(LineText line, int first)
    {
        if (first == line.Length)
        {
            return _anyStart;
        }

        char c = line[first];
        return (c < 128 ? _ascii[c] : _other.TryGetValue(c, out var found) ? found : null) ?? _anyStart;
    }
}
