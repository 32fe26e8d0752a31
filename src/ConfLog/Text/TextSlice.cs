using System;

namespace ConfLog.Text;

/// <summary>
/// The text of a node, kept as a place in the input until someone reads it. A parse of a large log makes hundreds of
/// thousands of notes; copying each one's text out of the input doubled what the parse kept alive, and the garbage
/// collector copied those strings from generation to generation for the length of the parse. The input is alive
/// anyway (<see cref="ConferenceLog.Source"/>), so a node points into it and makes its string on first read.
/// </summary>
/// <remarks>
/// A mutable struct on purpose: it lives in a field of its node, and the first read puts the string it made in place
/// of the source. A string exactly as long as the slice is the slice's text, wherever the slice started, so that one
/// reference is all a read changes: a reader on another thread sees the source or the text, both right, never a mix.
/// Equality is by content, so a node read from a whole text equals the same node read a line at a time.
/// </remarks>
internal struct TextSlice : IEquatable<TextSlice>
{
    private readonly int _start;
    private readonly int _length;
    private string? _source;

    /// <summary>Initializes a slice that is the whole of <paramref name="value"/>.</summary>
    /// <param name="value">The text; <see langword="null"/> stays null, as a record's string property would.</param>
    public TextSlice(string? value)
    {
        _source = value;
        _start = 0;
        _length = value?.Length ?? 0;
    }

    /// <summary>Initializes a slice of <paramref name="source"/>.</summary>
    /// <param name="source">The text the slice is in.</param>
    /// <param name="start">The offset of its first character.</param>
    /// <param name="length">The number of characters.</param>
    public TextSlice(string source, int start, int length)
    {
        _source = length == 0 ? string.Empty : source;
        _start = start;
        _length = length;
    }

    /// <summary>Gets the text, making it on the first read; null when it was made from null.</summary>
    public string Value
    {
        get
        {
            string? source = _source;
            if (source is null || source.Length == _length)
            {
                return source!;
            }

            string text = source.Substring(_start, _length);
            _source = text;
            return text;
        }
    }

    /// <summary>Gets a part of this slice, without making a string.</summary>
    /// <param name="start">The offset in this slice of the part's first character.</param>
    /// <param name="length">The number of characters.</param>
    /// <returns>The part.</returns>
    public readonly TextSlice Slice(int start, int length)
    {
        string? source = _source;
        return source is null ? default
            : source.Length == _length ? new TextSlice(source, start, length)
            : new TextSlice(source, _start + start, length);
    }

    /// <summary>Gets the characters without making a string.</summary>
    /// <returns>The characters.</returns>
    public readonly ReadOnlySpan<char> AsSpan()
    {
        string? source = _source;
        return source is null ? default : source.Length == _length ? source.AsSpan() : source.AsSpan(_start, _length);
    }

    /// <inheritdoc/>
    public readonly bool Equals(TextSlice other) =>
        _source is null || other._source is null
            ? _source is null && other._source is null
            : AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is TextSlice other && Equals(other);

    /// <inheritdoc/>
    public override readonly int GetHashCode()
    {
        // Any hash that equal contents share will do; this one reads the characters where they are.
        int hash = _length;
        foreach (char c in AsSpan())
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
