namespace ConfLog.Reading;

/// <summary>
/// <see cref="string.ToLowerInvariant()"/> without its cost where it can be done by hand: the word lists are asked about
/// every heading and many lines, most of them Japanese with some ASCII, and lowering any non-ASCII text goes through the
/// globalization library each time.
/// </summary>
internal static class LowerCase
{
    /// <summary>
    /// The text lowered as <see cref="string.ToLowerInvariant()"/> does: the same instance when no character has a case,
    /// ASCII capitals lowered by hand when they are the only characters that have one.
    /// </summary>
    public static string Of(string text)
    {
        bool capitals = false;
        foreach (char c in text)
        {
            if (c is >= 'A' and <= 'Z')
            {
                capitals = true;
            }
            else if (!IsCaseless(c))
            {
                return text.ToLowerInvariant();
            }
        }

        if (!capitals)
        {
            return text;
        }

        var lowered = text.ToCharArray();
        for (int i = 0; i < lowered.Length; i++)
        {
            if (lowered[i] is >= 'A' and <= 'Z')
            {
                lowered[i] = (char)(lowered[i] + 32);
            }
        }

        return new string(lowered);
    }

    /// <summary>One character lowered as <see cref="char.ToLowerInvariant(char)"/> does, by hand where it can be.</summary>
    public static char Of(char c) =>
        c is >= 'A' and <= 'Z' ? (char)(c + 32) : IsCaseless(c) ? c : char.ToLowerInvariant(c);

    /// <summary>
    /// Whether <paramref name="c"/> has no lower-case mapping: ASCII other than A-Z, general punctuation, arrows and
    /// technical symbols, box drawing and dingbats, Japanese punctuation, kana and CJK ideographs, and the full-width and
    /// half-width forms other than the full-width Latin capitals. A test checks every character of the ranges.
    /// </summary>
    public static bool IsCaseless(char c) =>
        c < 0x80 ? c is < 'A' or > 'Z'
        : (c >= 0x2000 && c <= 0x20FF) || (c >= 0x2190 && c <= 0x23FF) || (c >= 0x2500 && c <= 0x27BF)
            || (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
            || (c >= 0xFF01 && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFFEF);
}
