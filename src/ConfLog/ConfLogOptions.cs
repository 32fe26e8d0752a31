using System.Collections.Immutable;
using ConfLog.Lines;

namespace ConfLog;

/// <summary>How to read a log. The defaults read the seed's dialect; every property can be changed with <c>with</c>.</summary>
public sealed record ConfLogOptions
{
    /// <summary>Gets the options used when none are given.</summary>
    public static ConfLogOptions Default { get; } = new();

    /// <summary>Gets the words that make a short line a break heading. Defaults to <see cref="BreakGrammar.DefaultBreakKeywords"/>.</summary>
    public ImmutableArray<string> BreakKeywords { get; init; } = BreakGrammar.DefaultBreakKeywords;

    /// <summary>
    /// Gets whether an error-severity diagnostic makes parsing throw a <see cref="ConfLogParseException"/>
    /// that carries every diagnostic. Off by default: parsing never throws.
    /// </summary>
    public bool Strict { get; init; }
}
