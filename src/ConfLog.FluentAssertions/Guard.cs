using System;

namespace ConfLog.FluentAssertions;

// Helpers that read the same on both targets: netstandard2.0 has neither ThrowIfNull nor string.Contains with a comparison.
internal static class Guard
{
    public static T NotNull<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    public static bool ContainsOrdinal(this string text, string value) =>
#if NETSTANDARD2_0
        text.IndexOf(value, StringComparison.Ordinal) >= 0;
#else
        text.Contains(value, StringComparison.Ordinal);
#endif
}
