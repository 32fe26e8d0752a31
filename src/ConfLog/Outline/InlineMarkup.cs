using System.Text;

namespace ConfLog.Outline;

/// <summary>
/// Takes inline markup out of a line's text in one left-to-right pass: <c>[text](url)</c>, <c>[[text|url]]</c> and
/// <c>((&lt;text|URL:url&gt;))</c> keep their text; <c>**</c>, <c>__</c>, <c>`</c> and emphasis stars go; <c>\_</c> gives <c>_</c>.
/// </summary>
internal static class InlineMarkup
{
    /// <summary>The text without its inline markup: <c>**Ana Ruiz (Acme)**</c> gives <c>Ana Ruiz (Acme)</c>.</summary>
    public static string Strip(string text)
    {
        if (text.IndexOfAny(Marks) < 0)
        {
            return text.Trim();
        }

        var sb = new StringBuilder(text.Length);
        Finder? finder = null; // made at the first link: most lines with marks have only emphasis
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && !char.IsLetterOrDigit(text[i + 1]))
            {
                sb.Append(text[i + 1]);
                i += 2;
            }
            else if (c == '[' && i + 1 < text.Length && text[i + 1] == '[' && TryWiki(text, i, sb, finder ??= new Finder(text), out int next))
            {
                i = next;
            }
            else if (c == '(' && string.CompareOrdinal(text, i, "((<", 0, 3) == 0 && TryRd(text, i, sb, finder ??= new Finder(text), out next))
            {
                i = next;
            }
            else if ((c == '[' || (c == '!' && i + 1 < text.Length && text[i + 1] == '[')) && TryLink(text, c == '!' ? i + 1 : i, sb, finder ??= new Finder(text), out next))
            {
                i = next;
            }
            else if (c == '`')
            {
                i++;
            }
            else if ((c == '*' || c == '_') && IsEmphasisMark(text, i))
            {
                i++;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString().Trim();
    }

    private static readonly char[] Marks = { '\\', '[', '(', '`', '*', '_' };

    // A star or underscore is emphasis when it touches a word on one side only, or doubles (** __); "snake_case" and
    // "2 * 3" keep theirs.
    private static bool IsEmphasisMark(string text, int i)
    {
        char c = text[i];
        bool before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        bool doubled = (i + 1 < text.Length && text[i + 1] == c) || (i > 0 && text[i - 1] == c);
        if (doubled)
        {
            return true;
        }

        bool spaceBefore = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
        bool spaceAfter = i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]);
        return c == '*' ? !(spaceBefore && spaceAfter) || i == 0 || i == text.Length - 1 : before != after;
    }

    private static bool TryLink(string text, int open, StringBuilder sb, Finder finder, out int next)
    {
        next = open;
        int close = finder.Next(0, "](", open + 1);
        if (close < 0)
        {
            return false;
        }

        int end = finder.Next(1, ")", close + 2);
        if (end < 0)
        {
            return false;
        }

        sb.Append(Strip(text.Substring(open + 1, close - open - 1)));
        next = end + 1;
        return true;
    }

    private static bool TryWiki(string text, int open, StringBuilder sb, Finder finder, out int next)
    {
        next = open;
        int end = finder.Next(2, "]]", open + 2);
        if (end < 0)
        {
            return false;
        }

        string inner = text.Substring(open + 2, end - open - 2);
        int bar = inner.IndexOf('|');
        sb.Append(bar >= 0 ? inner.Substring(0, bar) : inner);
        next = end + 2;
        return true;
    }

    private static bool TryRd(string text, int open, StringBuilder sb, Finder finder, out int next)
    {
        next = open;
        int end = finder.Next(3, ">))", open + 3);
        if (end < 0)
        {
            return false;
        }

        string inner = text.Substring(open + 3, end - open - 3);
        int bar = inner.IndexOf('|');
        string shown = bar >= 0 ? inner.Substring(0, bar) : inner;
        sb.Append(shown.StartsWith("URL:", System.StringComparison.Ordinal) ? shown.Substring(4) : shown);
        next = end + 3;
        return true;
    }

    // The next occurrence of each closing mark, remembered: a line of a thousand "[" with no "](" is searched once, not a
    // thousand times, so stripping stays linear in the line.
    private sealed class Finder
    {
        private readonly string _text;
        private readonly int[] _found = { -2, -2, -2, -2 };

        public Finder(string text) => _text = text;

        public int Next(int slot, string mark, int from)
        {
            int known = _found[slot];
            if (known == -1 || (known >= from && known != -2))
            {
                return known;
            }

            _found[slot] = from >= _text.Length ? -1 : _text.IndexOf(mark, from, System.StringComparison.Ordinal);
            return _found[slot];
        }
    }
}
