using System;

namespace ConfLog.Benchmarks;

/// <summary>
/// The value of the <c>Size</c> parameter: <c>seed</c>, or a size such as <c>1MB</c>. A class rather than a string
/// so that BenchmarkDotNet orders the cases by size (seed, 1MB, 4MB, 20MB) instead of alphabetically.
/// </summary>
public sealed class InputSize : IComparable<InputSize>, IComparable
{
    /// <summary>Initializes a new instance of the <see cref="InputSize"/> class.</summary>
    /// <param name="name">The input's name, as <see cref="Inputs.Get"/> takes it.</param>
    public InputSize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        // The seed first, then the corpus (35 files, about 300 KB in all), then the generated sizes.
        Order = name == Inputs.SeedName ? 0 : name == Inputs.CorpusName ? 1 : Inputs.ParseSize(name);
    }

    /// <summary>Gets the input's name.</summary>
    public string Name { get; }

    private int Order { get; }

    /// <inheritdoc/>
    public int CompareTo(InputSize? other) => other is null ? 1 : Order.CompareTo(other.Order);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => CompareTo(obj as InputSize);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is InputSize other && other.Name == Name;

    /// <inheritdoc/>
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Name;

#pragma warning disable CS1591 // The operators are what CA1036 asks of an IComparable; they say nothing new.
    public static bool operator ==(InputSize? left, InputSize? right) => Equals(left, right);

    public static bool operator !=(InputSize? left, InputSize? right) => !Equals(left, right);

    public static bool operator <(InputSize? left, InputSize? right) => Compare(left, right) < 0;

    public static bool operator <=(InputSize? left, InputSize? right) => Compare(left, right) <= 0;

    public static bool operator >(InputSize? left, InputSize? right) => Compare(left, right) > 0;

    public static bool operator >=(InputSize? left, InputSize? right) => Compare(left, right) >= 0;
#pragma warning restore CS1591

    private static int Compare(InputSize? left, InputSize? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
