using System.Collections.Generic;
using ConfLog.Lines;
using Sprache;

namespace ConfLog.Reading;

/// <summary>
/// What the reader asks of the talk-header forms (the public parsers of <see cref="SpeakerForms"/>): the first form that reads
/// a header's text, and whether a text names an organisation by its words.
/// </summary>
internal static class HeaderForms
{
    private static readonly string[] OrganisationWords =
    {
        "university", "universität", "université", "universidad", "college", "institute", "institut", "library", "libraries", "lab", "labs",
        "laboratory", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "llc", "gmbh", "foundation", "museum", "center", "centre", "school",
        "society", "council", "company", "group", "agency", "department", "archives", "大学", "研究所", "株式会社",
    };

    /// <summary>The first header form that reads <paramref name="text"/>, or null.</summary>
    public static SpeakerHeader? Read(string text, IReadOnlyList<Parser<SpeakerHeader>>? forms = null) => SpeakerForms.Read(text, forms);

    /// <summary>Whether <paramref name="text"/> names an organisation by its words (<c>Western State University</c>, <c>Institute of Sound</c>).</summary>
    public static bool IsOrganisation(string text)
    {
        // Word by word, each compared lowered with the (lower-case) list in place: names are asked this word by word, so
        // it must not copy, lower and split the text every time.
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != ' ' && text[i] != ',')
            {
                continue;
            }

            if (i > start && IsOrganisationWord(text, start, i - start))
            {
                return true;
            }

            start = i + 1;
        }

        return false;
    }

    private static bool IsOrganisationWord(string text, int start, int length)
    {
        foreach (string word in OrganisationWords)
        {
            if (word.Length != length)
            {
                continue;
            }

            int k = 0;
            while (k < length && LowerCase.Of(text[start + k]) == word[k])
            {
                k++;
            }

            if (k == length)
            {
                return true;
            }
        }

        return false;
    }
}
