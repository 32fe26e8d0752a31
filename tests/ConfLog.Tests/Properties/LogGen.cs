using System.Linq;
using CsCheck;

namespace ConfLog.Tests.Properties;

// Generators of text for the property tests: arbitrary UTF-16 (lone surrogates and control characters included)
// and text that looks like notes, made of the fragments the grammar cares about, so that both the happy paths
// and their near misses are exercised.
internal static class LogGen
{
    public static readonly Gen<string> AnyText =
        Gen.Frequency(
                (4, Gen.Char),
                (3, Gen.OneOf('\n', '\r', ' ', '\t', '-', '*', '・', '[', ']', '/', '(', ')', '（', '）', ':', '：', 'Q', 'A', '0', '1', '2', '\uFEFF', '\0')))
            .Array[0, 300]
            .Select(chars => new string(chars));

    private static readonly Gen<string> Ending = Gen.OneOf("\n", "\n", "\n", "\r\n", "\r");

    private static readonly Gen<string> Indent = Gen.OneOf(string.Empty, string.Empty, "  ", "    ", "\t", " \t", "      ");

    private static readonly Gen<string> Word = Gen.OneOf("BitVisor", "準パススルー", "TCP", "a", "東京大学", "Lunch", "休憩", "http://youtu.be/x", "Q", "A:", "/", " / ", "(", ")", "🎉", "e\u0301", "-", "10:40", "");

    private static readonly Gen<string> Words = Word.Array[0, 6].Select(w => string.Join(" ", w));

    private static readonly Gen<string> Stamp =
        Gen.Select(Gen.Int[2010, 2014], Gen.Int[0, 14], Gen.Int[0, 33], Gen.Int[0, 25], Gen.Int[0, 61], Gen.Bool)
            .Select((y, mo, d, h, mi, slash) => slash ? $"[{y}/{mo:00}/{d:00} {h:00}:{mi:00}]" : $"[{y}-{mo:00}-{d:00} {h:00}:{mi:00}]");

    private static readonly Gen<string> Line = Gen.Frequency(
        (6, Gen.Select(Indent, Gen.OneOf("- ", "* ", "+ ", "・", "• ", "-"), Words).Select((i, m, w) => i + m + w)),
        (3, Gen.Select(Indent, Gen.OneOf("- Q: ", "- A: ", "Q: ", "- Q:", "- A1: "), Words).Select((i, m, w) => i + m + w)),
        (3, Stamp),
        (3, Gen.Select(Words, Words, Gen.OneOf("", "(筑波大学)", "（イーゲル）", " (Acme)", "(")).Select((t, s, a) => t + " / " + s + a)),
        (1, Gen.OneOf("昼休憩", "Lunch", "Coffee break", "休憩 (15分)")),
        (2, Gen.Select(Gen.OneOf("# ", "## ", "### ", "#### ", "#"), Words).Select((h, w) => h + w)),
        (1, Gen.OneOf("- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50", "- 2012-13-45 会場", "- http://www.bitvisor.org/summit/", "- 資料: そのうち")),
        (3, Words),
        (2, Gen.Const(string.Empty)),
        (1, AnyText.Select(t => t.Replace("\n", string.Empty).Replace("\r", string.Empty))));

    public static readonly Gen<string> NotesLike =
        Gen.Select(Line, Ending).Select((l, e) => l + e).Array[0, 40]
            .Select(Gen.Bool, (lines, bom) => (bom ? "\uFEFF" : string.Empty) + string.Concat(lines));

    public static readonly Gen<string> Any = Gen.Frequency((1, AnyText), (3, NotesLike));
}
