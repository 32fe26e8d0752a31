using System;
using System.Collections.Generic;
using ConfLog.Lines;

namespace ConfLog.Reading;

/// <summary>
/// One speaker written in a header or a speaker line: <c>Name</c>, <c>Name (Org)</c>, <c>Name(@handle)</c>,
/// <c>Name @handle</c>, <c>名前さん</c>, <c>@handle</c>; names lose honorifics and a nickname in quotes.
/// </summary>
internal static class SpeakerText
{
    /// <summary>The speaker <paramref name="text"/> writes, or null when it is not a person by its form.</summary>
    public static HeaderSpeaker? Read(string text, bool single)
    {
        string t = text.Trim().Trim('*', '_').Trim();
        if (t.Length == 0)
        {
            return null;
        }

        if (NameForm.IsHandle(t))
        {
            return new HeaderSpeaker(null, null, t);
        }

        string? handle = null;
        string? affiliation = null;
        // A handle after the name: "Lucia Moretti Jr @lucia.example".
        int at = t.LastIndexOf(" @", StringComparison.Ordinal);
        if (at > 0 && NameForm.IsHandle(t.Substring(at + 1)))
        {
            handle = t.Substring(at + 1).Trim();
            t = t.Substring(0, at).Trim();
        }

        // A parenthesis at the end: an affiliation "(Acme)", a handle "(@foo)", a role "(Session Chair)", a nickname ("Bob").
        int open = t.IndexOfAny(new[] { '(', '（' });
        if (open > 0 && (t.EndsWith(")", StringComparison.Ordinal) || t.EndsWith("）", StringComparison.Ordinal)))
        {
            string inner = t.Substring(open + 1, t.Length - open - 2).Trim();
            string before = t.Substring(0, open).Trim();
            if (NameForm.IsName(before, true) || NameForm.IsName(before + "さん", true))
            {
                t = before;
                single |= inner.Length > 0 && (char.IsUpper(inner[0]) || inner[0] == '@'); // "Ken(Session Chair)", not "Postgres (we tried it)"
                if (NameForm.IsHandle(inner))
                {
                    handle = inner;
                }
                else if (inner.Length > 0 && inner[0] != '"' && inner[0] != '“')
                {
                    affiliation = inner;
                }
            }
        }

        // A comma after the name gives a role and an organisation: "Ines Duarte, Founder Acme" keeps the last part.
        string name = NameForm.WithoutHonorific(t);
        if (!NameForm.IsName(name, single) && !NameForm.IsName(t, single))
        {
            return null;
        }

        return new HeaderSpeaker(name, affiliation, handle);
    }

    /// <summary>
    /// Speakers in a place only speakers go (after the seed's <c>/</c>): short words with no spaces, each perhaps with an
    /// affiliation in parentheses, such as <c>佐藤一郎(東北大学)</c>, whose names no Latin form would recognise.
    /// </summary>
    public static List<HeaderSpeaker>? ReadPositional(string text)
    {
        var speakers = new List<HeaderSpeaker>();
        foreach (string part in NameForm.SplitNames(text))
        {
            string name = part;
            string? affiliation = null;
            int open = part.IndexOfAny(new[] { '(', '（' });
            if (open > 0 && (part.EndsWith(")", StringComparison.Ordinal) || part.EndsWith("）", StringComparison.Ordinal)))
            {
                name = part.Substring(0, open).Trim();
                affiliation = part.Substring(open + 1, part.Length - open - 2).Trim();
            }

            if (name.Length == 0 || name.Length > 16 || name.IndexOf(' ') >= 0 && !NameForm.IsName(name))
            {
                return null;
            }

            speakers.Add(new HeaderSpeaker(NameForm.WithoutHonorific(name), affiliation, null));
        }

        return speakers.Count > 0 ? speakers : null;
    }

    /// <summary>Every speaker of a list (<c>A, B and C</c>, <c>A / B</c>), or null unless each part is a speaker.</summary>
    public static List<HeaderSpeaker>? ReadList(string text, bool single)
    {
        var parts = NameForm.SplitNames(text);
        if (parts.Count == 0)
        {
            return null;
        }

        var speakers = new List<HeaderSpeaker>();
        foreach (string part in parts)
        {
            var s = Read(part, single || parts.Count > 1);
            if (s is null)
            {
                return null;
            }

            speakers.Add(s);
        }

        return speakers;
    }
}
