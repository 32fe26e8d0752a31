using System;
using System.Collections.Generic;
using ConfLog.Lines;
using ConfLog.Outline;

namespace ConfLog.Reading;

/// <summary>
/// Speakers written under a header rather than in it: a <c>Presenter:</c> / <c>発表者:</c> / <c>講師:</c> field line or
/// bullet, a line that is only <c>**Name (Org)**</c>, a plain line that is only a name (<c>Lucia Moretti</c>,
/// <c>Lucia - Buildkite</c>, <c>Lucia Moretti @handle</c>), a handle link, or a first bullet that is only a name.
/// </summary>
internal static class SpeakerLines
{
    private static readonly string[] SpeakerKeys =
    {
        "speaker", "speakers", "presenter", "presenters", "presented by", "by", "author", "authors", "講師", "発表者", "登壇者", "スピーカー", "著者",
        "話者", "演者",
    };

    private static readonly string[] ByLines = { "by ", "presented by ", "speaker ", "with " };

    private static readonly string[] LabelKeys = { "title", "タイトル", "slide", "slides", "スライド", "資料", "video", "動画", "url", "link" };

    /// <summary>The speakers written in the lines after the header at <paramref name="header"/>, up to <paramref name="end"/>.</summary>
    public static (List<HeaderSpeaker> Speakers, Evidence Evidence)? Find(IReadOnlyList<OutlineLine> lines, int header, int end)
    {
        int seen = 0;
        int labels = 0;
        var strong = new List<HeaderSpeaker>();
        int strongLine = 0;
        for (int i = header + 1; i < end && i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind is OutlineKind.Blank or OutlineKind.Rule or OutlineKind.Directive)
            {
                continue;
            }

            if (line.Kind is OutlineKind.Heading or OutlineKind.Code)
            {
                break;
            }

            if (Field(line) is { } field)
            {
                return (field, new Evidence("speaker field", line.Line, line.Text));
            }

            if (line.Strong && line.Kind == OutlineKind.Text && SpeakerText.ReadList(line.Text, single: true) is { } bold)
            {
                strong.AddRange(bold);
                strongLine = strongLine == 0 ? line.Line : strongLine;
                continue;
            }

            if (strong.Count > 0)
            {
                break;
            }

            if (seen == 0 && line.Kind == OutlineKind.Text && Plain(line.Text, allowSingle: true) is { } plain)
            {
                return (plain, new Evidence("speaker line", line.Line, line.Text));
            }

            if (line.Kind == OutlineKind.Item && IsLabel(line.Text) && labels < 3)
            {
                labels++;
                continue;
            }

            if (line.Kind == OutlineKind.Item && seen == 0 && Plain(line.Text, allowSingle: false) is { } item)
            {
                return (item, new Evidence("speaker bullet", line.Line, line.Text));
            }

            if (++seen >= 1)
            {
                break;
            }
        }

        return strong.Count > 0 ? (strong, new Evidence("strong speaker line", strongLine, "**" + strong[0].Name + "**")) : null;
    }

    /// <summary>A <c>key: names</c> line whose key is a speaker word: <c>Presenter: Brennan Vincent</c>, <c>発表者: Name *Org*</c>.</summary>
    public static List<HeaderSpeaker>? Field(OutlineLine line)
    {
        string text = line.Kind == OutlineKind.Field && line.Key is not null ? line.Key + ": " + line.Text : line.Text;
        int colon = text.IndexOfAny(new[] { ':', '：' });
        if (colon <= 0 || colon > 16)
        {
            return null;
        }

        string key = LowerCase.Of(text.Substring(0, colon).Trim());
        if (Array.IndexOf(SpeakerKeys, key) < 0)
        {
            return null;
        }

        // An affiliation set in emphasis after the names, as in "発表者: A, B *University*", is read from the raw line.
        string? affiliation = null;
        string raw = line.Raw.TrimEnd();
        if (raw.EndsWith("*", StringComparison.Ordinal) || raw.EndsWith("_", StringComparison.Ordinal))
        {
            char mark = raw[raw.Length - 1];
            int open = raw.LastIndexOf(mark, raw.Length - 2);
            if (open > 0 && raw[open - 1] == ' ')
            {
                affiliation = raw.Substring(open + 1, raw.Length - open - 2).Trim('*', '_').Trim();
                string stripped = InlineMarkup.Strip(raw.Substring(0, open));
                int c2 = stripped.IndexOfAny(new[] { ':', '：' });
                text = c2 >= 0 ? stripped : text;
                colon = c2 >= 0 ? c2 : colon;
            }
        }

        string names = text.Substring(colon + 1).Trim();
        var speakers = SpeakerText.ReadList(names, single: true);
        if (speakers is null || speakers.Count == 0)
        {
            // A field names its speakers even when their form is unusual: keep each part as written.
            var parts = NameForm.SplitNames(names);
            if (parts.Count == 0 || parts.Count > 8)
            {
                return null;
            }

            speakers = new List<HeaderSpeaker>();
            foreach (string p in parts)
            {
                speakers.Add(SpeakerText.Read(p, true) ?? new HeaderSpeaker(NameForm.WithoutHonorific(p), null, null));
            }
        }

        if (affiliation is not null && speakers.Count > 0)
        {
            speakers[speakers.Count - 1] = speakers[speakers.Count - 1] with { Affiliation = affiliation };
        }

        return speakers;
    }

    /// <summary>A line that is only speakers: names, <c>Name - Company</c>, <c>Name @handle</c>, or a handle alone.</summary>
    public static List<HeaderSpeaker>? Plain(string text, bool allowSingle = true)
    {
        text = text.Trim();
        if (text.Length == 0 || text.Length > 80)
        {
            return null;
        }

        if (SpeakerText.ReadList(text, single: false) is { } names)
        {
            return names;
        }

        // "by Jane Doe", "Presented by Jane Doe and Ken Oda": the names after the words.
        foreach (string lead in ByLines)
        {
            if (text.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && SpeakerText.ReadList(text.Substring(lead.Length), single: true) is { } by)
            {
                return by;
            }
        }

        // "Lucia Moretti: @lmoretti": a name and its handle.
        int colon = text.IndexOf(": @", StringComparison.Ordinal);
        if (colon > 0 && NameForm.IsHandle(text.Substring(colon + 2)) && SpeakerText.Read(text.Substring(0, colon), allowSingle) is { } named)
        {
            return new List<HeaderSpeaker> { named with { Handle = text.Substring(colon + 2).Trim() } };
        }

        int dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && SpeakerText.Read(text.Substring(0, dash), single: allowSingle) is { } withOrg && text.IndexOf(" - ", dash + 3, StringComparison.Ordinal) < 0)
        {
            return new List<HeaderSpeaker> { withOrg with { Affiliation = text.Substring(dash + 3).Trim() } };
        }

        return null;
    }

    private static bool IsLabel(string text)
    {
        int colon = text.IndexOfAny(new[] { ':', '：' });
        return colon > 0 && Array.IndexOf(LabelKeys, LowerCase.Of(text.Substring(0, colon).Trim())) >= 0;
    }
}
