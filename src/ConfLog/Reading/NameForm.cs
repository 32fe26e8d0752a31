using System;
using System.Collections.Generic;

namespace ConfLog.Reading;

/// <summary>
/// A person's name told by its form, never by a list of people: Latin words that each start with a capital (particles
/// such as <c>van</c>, <c>de</c> inside, initials such as <c>M.</c>, a surname in capitals), or Japanese text with an
/// honorific (<c>高橋さん</c>); a handle is <c>@</c> and a word.
/// </summary>
internal static class NameForm
{
    private static readonly string[] Particles = { "van", "von", "de", "da", "der", "den", "del", "la", "le", "du", "bin", "al", "di", "dos", "das", "y" };

    // Capitalised English function words start titles ("The Hard Parts", "How AI Ate…"), never names.
    private static readonly string[] FunctionWords =
    {
        "the", "a", "an", "of", "and", "or", "for", "in", "on", "to", "with", "is", "are", "my", "your", "our", "how", "why", "what", "when",
        "who", "where", "from", "into", "at", "by", "as", "it", "its", "not", "no", "vs", "using", "about", "beyond", "building", "making",
        "this", "that", "we", "you", "i", "new", "more", "all", "be", "do", "does", "can", "will", "let's", "lets", "getting", "keynote",
        "thank", "thanks", "welcome", "hello", "hi",
    };

    private static readonly string[] Honorifics = { "さん", "氏", "先生", "様", "くん", "君", "ちゃん" };

    /// <summary>
    /// Whether <paramref name="text"/> is a person's name: <c>Ann M. Lee</c>, <c>José Núñez</c>, <c>Mika TANAKA</c>,
    /// <c>Robert (Bob) Dunn</c>; a single word (<c>Lena</c>) only when <paramref name="single"/> allows it.
    /// </summary>
    public static bool IsName(string text, bool single = false)
    {
        text = text.Trim();
        if (text.Length == 0 || text.Length > 48)
        {
            return false;
        }

        if (IsJapaneseWithHonorific(text))
        {
            return true;
        }

        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5 || (words.Length == 1 && !single))
        {
            return false;
        }

        if (words[0].Length >= 2 && IsAllCaps(words[0]))
        {
            return false; // "AWS Lambda", "GPU Kernels": an acronym opens product names, not people's
        }

        foreach (string word in words)
        {
            if (HeaderForms.IsOrganisation(word))
            {
                return false;
            }
        }

        int capitals = 0;
        for (int w = 0; w < words.Length; w++)
        {
            string word = words[w];
            if (word.StartsWith("(", StringComparison.Ordinal) && word.EndsWith(")", StringComparison.Ordinal) && w > 0 && w < words.Length - 1)
            {
                continue; // a nickname: Robert (Bob) Dunn
            }

            if (Array.IndexOf(FunctionWords, LowerCase.Of(word)) >= 0)
            {
                return false;
            }

            if (w > 0 && w < words.Length - 1 && Array.IndexOf(Particles, word) >= 0)
            {
                continue;
            }

            if (!IsNameWord(word) || (word.Length == 2 && IsAllCaps(word)))
            {
                return false; // "Redox OS", "Tools UI": a two-letter acronym is a product's, not a person's
            }

            capitals++;
        }

        return capitals >= 1;
    }

    /// <summary>
    /// A name written in Chinese characters alone, perhaps with one space between family and given name: <c>佐藤花子</c>,
    /// <c>山田 太郎</c>. Two to eight characters, no kana (kana make a phrase), not an organisation (<c>東京大学</c>).
    /// </summary>
    public static bool IsHanName(string text)
    {
        text = text.Trim();
        int han = 0, spaces = 0;
        foreach (char c in text)
        {
            if (c == ' ' || c == '\u3000')
            {
                spaces++;
            }
            else if ((c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || c == '々')
            {
                han++;
            }
            else
            {
                return false;
            }
        }

        if (han is < 2 or > 8 || spaces > 1 || char.IsWhiteSpace(text[0]))
        {
            return false;
        }

        foreach (string word in HanOrganisationWords)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // Organisations written in Chinese characters end (or open) with one of these: "東京大学", "産業技術総合研究所".
    private static readonly string[] HanOrganisationWords = { "大学", "研究所", "株式会社", "会社", "学会", "協会", "財団", "高校", "高専", "機構", "省", "庁" };

    /// <summary>A handle: <c>@lmoretti</c>, <c>@ana.example</c>.</summary>
    public static bool IsHandle(string text)
    {
        text = text.Trim();
        if (text.Length < 2 || text[0] != '@')
        {
            return false;
        }

        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-') || c > 127)
            {
                return false;
            }
        }

        return char.IsLetterOrDigit(text[1]) && char.IsLetterOrDigit(text[text.Length - 1]);
    }

    /// <summary>The name without an honorific or a title: <c>高橋さん</c> gives <c>高橋</c>, <c>Dr.Ann Lee</c> gives <c>Ann Lee</c>.</summary>
    public static string WithoutHonorific(string name)
    {
        name = name.Trim();
        foreach (string h in Honorifics)
        {
            if (name.EndsWith(h, StringComparison.Ordinal) && name.Length > h.Length)
            {
                name = name.Substring(0, name.Length - h.Length).Trim();
                break;
            }
        }

        foreach (string title in new[] { "Dr. ", "Dr.", "Dr ", "Prof. ", "Prof ", "Mr. ", "Ms. ", "Mrs. " })
        {
            if (name.StartsWith(title, StringComparison.Ordinal) && name.Length > title.Length + 1 && char.IsUpper(name[title.Length]))
            {
                name = name.Substring(title.Length).Trim();
                break;
            }
        }

        return name;
    }

    /// <summary>Whether the text ends with an honorific (<c>さん</c>, <c>氏</c>…).</summary>
    public static bool HasHonorific(string text)
    {
        foreach (string h in Honorifics)
        {
            if (text.EndsWith(h, StringComparison.Ordinal) && text.Length > h.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits a list of names on <c>,</c>, <c>/</c>, <c>&amp;</c>, <c>and</c>, <c>、</c>, keeping parentheses whole.</summary>
    public static List<string> SplitNames(string text)
    {
        var parts = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '(' || c == '（')
            {
                depth++;
            }
            else if ((c == ')' || c == '）') && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && (c == ',' || c == '/' || c == '&' || c == '、' || c == '，'))
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
            else if (depth == 0 && c == ' ' && string.CompareOrdinal(text, i, " and ", 0, 5) == 0)
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 5;
                i += 4;
            }
        }

        parts.Add(text.Substring(start));
        var result = new List<string>();
        foreach (string p in parts)
        {
            string t = p.Trim();
            if (t.Length > 0)
            {
                result.Add(t);
            }
        }

        return result;
    }

    private static bool IsAllCaps(string word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters >= 2;
    }

    private static bool IsNameWord(string word)
    {
        word = word.TrimEnd(',');
        if (word.Length == 0 || !char.IsLetter(word[0]) || !char.IsUpper(word[0]))
        {
            return false;
        }

        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c >= 0x3000)
                {
                    return false; // CJK inside a Latin name: a title such as "RustでOS"
                }
            }
            else if (c != '.' && c != '-' && c != '\'' && c != '’')
            {
                return false;
            }
        }

        return letters >= 1;
    }

    private static bool IsJapaneseWithHonorific(string text)
    {
        if (!HasHonorific(text))
        {
            return false;
        }

        string bare = WithoutHonorific(text);
        if (bare.Length == 0 || bare.Length > 12 || bare.IndexOf(' ') >= 0)
        {
            return false;
        }

        foreach (char c in bare)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
