using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ConfLog.Model;

namespace ConfLog.Cli;

/// <summary>
/// The <c>UID</c> of a session's calendar event, from what identifies it rather than where it is in the file: its day,
/// its title and its speakers' names, normalised and hashed (<c>20121204-3f0c…@conflog</c>). Inserting or removing
/// lines elsewhere, moving the talk in time, fixing an affiliation or reordering its speakers keep it; changing its
/// title, a speaker's name or its day makes it another talk. Sessions with the same key are told apart by their
/// ordinal among those sessions in source order (the second gets <c>-2</c>, and so on).
/// </summary>
internal sealed class IcsUid
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    /// <summary>Gives the UID of the next session, counting duplicate keys in the order sessions are given.</summary>
    /// <param name="session">The talk or break, which has a start.</param>
    /// <param name="start">Its start.</param>
    public string Next(Session session, DateTime start)
    {
        string day = start.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        string key = Key(session, day);
        int ordinal = seen.TryGetValue(key, out int count) ? count + 1 : 1;
        seen[key] = ordinal;
        string hash = Hash(key);
        return ordinal == 1
            ? $"{day}-{hash}@conflog"
            : string.Create(CultureInfo.InvariantCulture, $"{day}-{hash}-{ordinal}@conflog");
    }

    /// <summary>
    /// The normalised identity: the day, the kind, the title and the sorted speaker names, one per line. Affiliations
    /// are left out, as they are corrected more often than names and do not make another talk.
    /// </summary>
    internal static string Key(Session session, string day)
    {
        var parts = new List<string> { day, session.Kind.ToString(), Normalise(session.Title ?? string.Empty) };
        if (session is Talk talk)
        {
            parts.AddRange(talk.Speakers.Select(speaker => Normalise(speaker.Name)).OrderBy(name => name, StringComparer.Ordinal));
        }

        return string.Join("\n", parts);
    }

    /// <summary>
    /// Folds what an edit may change without changing the words: case, runs of white space, full-width Latin letters,
    /// digits and punctuation (<c>ＢｉｔＶｉｓｏｒ</c> is <c>bitvisor</c>), the ideographic space. Done by hand rather than
    /// with <see cref="string.Normalize(NormalizationForm)"/>, whose result depends on the globalization mode the
    /// command runs in, and a UID must not.
    /// </summary>
    internal static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            char folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (char.IsWhiteSpace(folded))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(char.ToLowerInvariant(folded));
        }

        return result.ToString();
    }

    // 64 bits of SHA-256: two talks of one day colliding would take billions of them.
    private static string Hash(string key)
    {
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(digest, 0, 8);
    }
}
