using System;

namespace ConfLog.Reading;

/// <summary>
/// Small closed lists of generic words that say what a heading is without a speaker or a time: group words (Keynote, LT,
/// 招待講演), section words (はじめに, Summary), break words (Lunch, 懇親会), Q/A lead-ins (Q&amp;A, 質疑応答). No titles, no
/// people, no events.
/// </summary>
internal static class HeadingWords
{
    private static readonly string[] GroupWords =
    {
        "keynote", "keynotes", "キーノート", "基調講演", "招待講演", "一般講演", "特別講演", "講演", "発表", "セッション", "session", "sessions",
        "talks", "presentations", "live presentations", "lt", "lts", "lightning talk", "lightning talks", "ライトニングトーク", "track", "トラック",
        "panel", "panels", "plenary", "sponsor talks",
    };

    private static readonly string[] LightningWords = { "lt", "lts", "lightning talk", "lightning talks", "ライトニングトーク", "ライトニングトークス" };

    private static readonly string[] KeynoteWords = { "keynote", "キーノート", "基調講演", "招待講演", "特別講演", "opening keynote", "closing keynote" };

    private static readonly string[] SectionWords =
    {
        "はじめに", "始めに", "まえがき", "まとめ", "さいごに", "最後に", "おわりに", "終わりに", "あとがき", "感想", "概要", "準備", "参加者", "目次",
        "introduction", "intro", "summary", "conclusion", "conclusions", "overview", "about", "agenda", "schedule", "links", "references",
        "resources", "notes", "todo", "table of contents", "contents", "conference details", "details", "attendees", "participants",
        "opening", "opening remarks", "closing", "closing remarks", "final remarks", "welcome", "オープニング", "クロージング", "閉会", "開会",
        "アンケート", "アンケート結果", "議事録", "議題", "議事内容", "minutes", "action items", "next action", "参考", "参考文献", "リンク",
        "あわせて読みたい", "関連記事", "open spaces", "openspaces", "sprints", "sprint", "poster session", "posters", "ポスターセッション",
    };

    private static readonly string[] BreakWords =
    {
        "lunch", "break", "coffee", "coffee break", "tea", "dinner", "breakfast", "intermission", "reception", "party", "social", "beer", "drinks",
        "休憩", "昼休憩", "昼食", "ランチ", "朝食", "夕食", "懇親会", "打ち上げ", "うちあげ", "ビール", "パーティ", "パーティー",
    };

    private static readonly string[] QaWords = { "q&a", "q & a", "qa", "q/a", "質疑応答", "質疑", "質問", "questions", "questions and answers", "qna" };

    private static readonly string[] Weekdays =
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "fri", "sat", "sun",
        "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日",
    };

    private static readonly string[] Months =
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>The heading's words, lower case, without edge punctuation: <c>Keynotes:</c> gives <c>keynotes</c>.</summary>
    public static string Key(string text)
    {
        // A heading is asked about a word list after another (day? section? break? group?…), each asking its key: the
        // last key made on this thread is kept, found by reference, so a heading's is made once.
        if (ReferenceEquals(_keyOf, text))
        {
            return _key!;
        }

        string key = LowerCase.Of(text.Trim().Trim(':', '：', '.', '-', '!', '！', ' ', '　', '*', '#', '(', ')').Trim());
        (_keyOf, _key) = (text, key);
        return key;
    }

    // Per thread, so that no other parse can change them between the test and the read.
    [ThreadStatic]
    private static string? _keyOf;

    [ThreadStatic]
    private static string? _key;

    /// <summary>A group word alone, perhaps numbered: <c>Keynote</c>, <c>LT</c>, <c>Sessions 1 - 2</c>, <c>Track A</c>.</summary>
    public static bool IsGroup(string text) => IsOneOf(WithoutNumbering(Key(text)), GroupWords);

    /// <summary>A lightning-talk group: <c>LT</c>, <c>Lightning Talks</c>, <c>ライトニングトーク</c>.</summary>
    public static bool IsLightning(string text) => IsOneOf(WithoutNumbering(Key(text)), LightningWords);

    /// <summary>A keynote word alone: <c>Keynote</c>, <c>キーノート</c>, <c>招待講演</c>.</summary>
    public static bool IsKeynote(string text) => IsOneOf(Key(text), KeynoteWords);

    /// <summary>A section word (<c>はじめに</c>, <c>Summary</c>) or the <c>Xとは</c> "what is X" form.</summary>
    public static bool IsSection(string text)
    {
        string key = Key(text).TrimEnd('?', '？');
        foreach (string word in SectionWords)
        {
            if (word.IndexOf(' ') > 0 && StartsWithWord(key, word))
            {
                return true; // "final remarks and conference close"
            }
        }

        return IsOneOf(key, SectionWords) || key.EndsWith("とは", StringComparison.Ordinal) || key.EndsWith("ここまで", StringComparison.Ordinal)
            || IsQaLeadIn(text);
    }

    /// <summary>A break: a short heading that is or starts with a break word (<c>Lunch</c>, <c>Coffee break</c>, <c>懇親会</c>).</summary>
    public static bool IsBreak(string text)
    {
        string key = Key(text);
        if (key.Length == 0 || key.Length > 24)
        {
            return false;
        }

        foreach (string word in BreakWords)
        {
            if (key == word || StartsWithWord(key, word) || EndsWithWord(key, word)
                || (word.Length >= 2 && !IsAscii(word) && key.IndexOf(word, StringComparison.Ordinal) >= 0 && key.Length <= word.Length + 6))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Q/A lead-in: <c>Q&amp;A</c>, <c>Q &amp; A:</c>, <c>質疑応答</c>, <c>Questions</c>, also with a short remark after it (<c>質疑応答は3分間</c>).</summary>
    public static bool IsQaLeadIn(string text)
    {
        if (KeyLengthAtLeast(text) > LongestQaKey)
        {
            return false; // QaReader asks this of every line: a long line is no lead-in, and costs no lowered copy
        }

        string key = Key(text);
        foreach (string word in QaWords)
        {
            if (key == word || (word.Length > 3 && IsAscii(word) && EndsWithWord(key, word) && key.Length <= word.Length + 12))
            {
                return true;
            }

            if (key.StartsWith(word, StringComparison.Ordinal) && key.Length <= word.Length + 8 && word.Length >= 2
                && (!IsAscii(word) || (key.Length > word.Length && !char.IsLetter(key[word.Length]))))
            {
                return true;
            }
        }

        return false;
    }

    // key.StartsWith(word + " ") and key.EndsWith(" " + word) without building the spaced word for every line asked.
    private static bool StartsWithWord(string key, string word) =>
        key.Length > word.Length && key[word.Length] == ' ' && string.CompareOrdinal(key, 0, word, 0, word.Length) == 0;

    private static bool EndsWithWord(string key, string word) =>
        key.Length > word.Length && key[key.Length - word.Length - 1] == ' '
        && string.CompareOrdinal(key, key.Length - word.Length, word, 0, word.Length) == 0;

    // The longest key a lead-in can have: a Q/A word with a remark of up to 12 characters before it.
    private static readonly int LongestQaKey = LongestOf(QaWords) + 12;

    private static int LongestOf(string[] words)
    {
        int n = 0;
        foreach (string w in words)
        {
            n = Math.Max(n, w.Length);
        }

        return n;
    }

    // A lower bound of Key(text).Length with no copy: white space and the edge marks Key trims, dropped from both ends at once.
    private static int KeyLengthAtLeast(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && IsKeyEdge(text[start]))
        {
            start++;
        }

        while (end > start && IsKeyEdge(text[end - 1]))
        {
            end--;
        }

        return end - start;
    }

    private static bool IsKeyEdge(char c) => char.IsWhiteSpace(c) || c is ':' or '：' or '.' or '-' or '!' or '！' or '*' or '#' or '(' or ')';

    /// <summary>A day heading: <c>Day 1</c>, <c>Day2</c>, <c>1日目</c>, <c>最終日</c>, a weekday, or a date (<c>9/3/2025</c>, <c>7月10日</c>, <c>May 2</c>).</summary>
    public static bool IsDay(string text, out string? date)
    {
        date = DateForms.Find(text);
        string key = Key(text);
        if (date is not null)
        {
            return true;
        }

        if (key.StartsWith("day", StringComparison.Ordinal) && key.Length <= 6 && key.Substring(3).Trim().Length > 0
            && IsDigits(key.Substring(3).Trim()))
        {
            return true;
        }

        if (key.EndsWith("日目", StringComparison.Ordinal) && key.Length <= 5)
        {
            return true;
        }

        return key is "最終日" or "初日" || IsOneOf(key, Weekdays);
    }

    /// <summary>A day written inside a longer heading: <c>DevConf - Day 1</c>, <c>Meetup - 5/6/2023</c>.</summary>
    public static bool MentionsDay(string text, out string? date)
    {
        date = DateForms.Find(text);
        if (date is not null)
        {
            return true;
        }

        string key = Key(text);
        int at = key.LastIndexOf("day ", StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(key[at - 1])) && IsDigits(key.Substring(at + 4).Trim());
    }

    /// <summary>Whether the word is a month name (<c>May</c>, <c>Sept</c>).</summary>
    public static bool IsMonth(string word) => IsOneOf(LowerCase.Of(word).TrimEnd('.'), Months);

    private static string WithoutNumbering(string key)
    {
        // "sessions 1 - 2", "track a", "session 3": the group word then a number or a letter.
        int space = key.IndexOf(' ');
        if (space > 0)
        {
            string rest = key.Substring(space + 1).Replace(" ", "").Replace("-", "").Replace("&", "");
            if (IsDigits(rest) || (rest.Length == 1 && char.IsLetter(rest[0])))
            {
                return key.Substring(0, space);
            }
        }

        return key;
    }

    private static bool IsOneOf(string key, string[] words)
    {
        foreach (string w in words)
        {
            if (string.Equals(key, w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigits(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }
}
