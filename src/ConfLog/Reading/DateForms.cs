using System;

namespace ConfLog.Reading;

/// <summary>
/// Dates recognised by their form in a heading or metadata line: <c>9/3/2025</c>, <c>2020/08/16</c>, <c>10.4.22</c>,
/// <c>2019-07-10</c>, <c>7月10日</c>, <c>2018 年 11 月 03 日</c>, <c>May 2</c>, <c>June 4-6, 2019</c>, <c>4 June</c>.
/// One left-to-right scan of the line.
/// </summary>
internal static class DateForms
{
    /// <summary>The first date written in <paramref name="text"/>, as written; null when there is none.</summary>
    public static string? Find(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsDigit(text[i]) || (i > 0 && (IsDigit(text[i - 1]) || text[i - 1] == '.' || char.IsLetter(text[i - 1]) && text[i - 1] < 128)))
            {
                continue;
            }

            int a = Digits(text, i);
            int at = i + a;
            // 9/3/2025, 2020/08/16, 10.4.22, 2019-07-10: three numbers and the same separator twice.
            if (a <= 4 && at < text.Length && (text[at] == '/' || text[at] == '.' || text[at] == '-'))
            {
                char sep = text[at];
                int b = Digits(text, at + 1);
                int at2 = at + 1 + b;
                if (b is >= 1 and <= 2 && at2 < text.Length && text[at2] == sep)
                {
                    int c = Digits(text, at2 + 1);
                    int end = at2 + 1 + c;
                    if (c >= 1 && c <= 4 && (a == 4 || c >= 2) && (end >= text.Length || !IsDigit(text[end])) && (end >= text.Length || text[end] != '.' || end + 1 >= text.Length || !IsDigit(text[end + 1])))
                    {
                        return text.Substring(i, end - i);
                    }
                }
            }

            // 7月10日, 2018 年 11 月 03 日, 11月10日
            int j = SkipSpaces(text, at);
            if (j < text.Length && text[j] == '年')
            {
                j = SkipSpaces(text, j + 1);
                int m = Digits(text, j);
                if (m > 0)
                {
                    at = j + m;
                    j = SkipSpaces(text, at);
                }
            }

            if (j < text.Length && text[j] == '月')
            {
                int k = SkipSpaces(text, j + 1);
                int d = Digits(text, k);
                if (d > 0 && d <= 2)
                {
                    int e = SkipSpaces(text, k + d);
                    if (e < text.Length && text[e] == '日')
                    {
                        return text.Substring(i, e + 1 - i);
                    }
                }
            }

            // 4 June
            if (a <= 2 && at < text.Length && text[at] == ' ' && MonthAt(text, at + 1, out int len))
            {
                return text.Substring(i, at + 1 + len - i);
            }
        }

        // May 2, June 4-6, 2019, October 5, 2018
        for (int i = 0; i < text.Length; i++)
        {
            if ((i == 0 || !char.IsLetter(text[i - 1])) && char.IsLetter(text[i]) && MonthAt(text, i, out int len))
            {
                int j = i + len;
                if (j < text.Length && text[j] == '.')
                {
                    j++;
                }

                if (j < text.Length && text[j] == ' ')
                {
                    int d = Digits(text, j + 1);
                    int end = j + 1 + d;
                    if (d is >= 1 and <= 2 && (end >= text.Length || !char.IsLetterOrDigit(text[end]) || text.Substring(end).StartsWith("st", StringComparison.Ordinal)
                        || text.Substring(end).StartsWith("nd", StringComparison.Ordinal) || text.Substring(end).StartsWith("rd", StringComparison.Ordinal)
                        || text.Substring(end).StartsWith("th", StringComparison.Ordinal)) && (end >= text.Length || text[end] != ':'))
                    {
                        return text.Substring(i, end - i);
                    }
                }
            }
        }

        return null;
    }

    private static bool MonthAt(string text, int at, out int length)
    {
        length = 0;
        int end = at;
        while (end < text.Length && char.IsLetter(text[end]) && text[end] < 128)
        {
            end++;
        }

        if (end == at || (end < text.Length && IsDigit(text[end])))
        {
            return false;
        }

        string word = text.Substring(at, end - at);
        // "May" alone is a month only with a capital: "may 2" is a sentence.
        if (!HeadingWords.IsMonth(word) || !char.IsUpper(word[0]))
        {
            return false;
        }

        length = end - at;
        return true;
    }

    private static int Digits(string text, int at)
    {
        int n = 0;
        while (at + n < text.Length && IsDigit(text[at + n]))
        {
            n++;
        }

        return n;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
