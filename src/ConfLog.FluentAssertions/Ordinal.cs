using System;

namespace ConfLog.FluentAssertions;

// netstandard2.0 has no string.Contains with a comparison; the assertions compare text ordinally on both targets.
internal static class Ordinal
{
    public static bool ContainsOrdinal(this string text, string value) =>
#if NETSTANDARD2_0
        text.IndexOf(value, StringComparison.Ordinal) >= 0;
#else
        text.Contains(value, StringComparison.Ordinal);
#endif
}
