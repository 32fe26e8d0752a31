using System.Collections.Immutable;

namespace ConfLog.Editing;

/// <summary>Lines of the old text replaced by new ones: <see cref="Count"/> lines from <see cref="Start"/> (0-based), none for an insertion.</summary>
/// <param name="Start">The index of the first line replaced, or of the line the new ones go before.</param>
/// <param name="Count">How many lines are replaced.</param>
/// <param name="Lines">The new lines, without their endings.</param>
internal readonly record struct LineEdit(int Start, int Count, ImmutableArray<string> Lines);
