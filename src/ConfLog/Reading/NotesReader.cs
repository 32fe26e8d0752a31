using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Outline;

namespace ConfLog.Reading;

/// <summary>
/// Reads talks out of real notes: builds the outline, decides per document which heading level holds the talks from the
/// evidence (speaker forms, speakers under headers, times, Q/A), tells days, groups, sections and breaks apart by their
/// form and a few generic words, takes lightning-talk lists as talks, and keeps the evidence of each decision. Never
/// throws; every pass is linear in the lines.
/// </summary>
internal static class NotesReader
{
    /// <summary>What <paramref name="text"/> holds.</summary>
    public static ReadNotes Read(string text)
    {
        try
        {
            return Read(OutlineBuilder.Build(text ?? ""));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The reader must never throw on a user's file: a failure reads as a file with no talk, and says so.
            var outline = new NotesOutline(NoteMarkup.Plain, "not read: " + ex.GetType().Name, Array.Empty<OutlineLine>());
            return new ReadNotes(NoteMarkup.Plain, outline.MarkupReason, Array.Empty<ReadDay>(), Array.Empty<ReadTalk>(), Array.Empty<ReadHeading>(),
                Array.Empty<ReadHeading>(), outline);
        }
    }

    /// <summary>What the <paramref name="outline"/> holds.</summary>
    public static ReadNotes Read(NotesOutline outline)
    {
        var lines = outline.Lines;
        var headings = Tree(lines);
        var leadIns = new QaReader.LeadIns(lines);
        foreach (var h in headings)
        {
            Describe(h, lines, leadIns);
        }

        var timetable = Timetables(lines, headings);
        AssignRoles(headings);
        var talks = new List<(int Index, int End, ReadTalk Talk)>();
        foreach (var h in headings)
        {
            if (h.Role == HeadingRole.Talk)
            {
                talks.Add((h.Index, h.End, TalkOf(h)));
            }

            if (HeadingWords.IsLightning(h.Title) && h.Role == HeadingRole.Group && h.Children.Count == 0)
            {
                talks.AddRange(LightningTalks(lines, h));
            }
        }

        if (headings.Count == 0)
        {
            var plain = PlainHeaderTalks(lines).ToList();
            talks.AddRange(plain.Count > 0 ? plain : HeadinglessTalk(lines).ToList());
        }

        // Each talk's lines run to the next talk or the end of its section: that is where its Q/A is looked for.
        talks.Sort((a, b) => a.Index.CompareTo(b.Index));
        var read = new List<ReadTalk>();
        var days = headings.Where(h => h.Role == HeadingRole.Day).ToList();
        int nextDay = 0;
        for (int t = 0; t < talks.Count; t++)
        {
            var (index, end, talk) = talks[t];
            int stop = Math.Min(end, t + 1 < talks.Count ? talks[t + 1].Index : lines.Count);
            var exchanges = QaReader.Read(lines, index + 1, stop, leadIns);
            // Talks and days are both in document order: one sweep finds the day each talk is in.
            while (nextDay < days.Count && days[nextDay].Index < index)
            {
                nextDay++;
            }

            int day = nextDay > 0 && days[nextDay - 1].End > index ? nextDay - 1 : -1;

            read.Add(Timed(talk, timetable) with { Exchanges = exchanges, DayIndex = day });
        }

        return new ReadNotes(
            outline.Markup,
            outline.MarkupReason,
            days.Select(d => new ReadDay(d.Line.Text, d.Line.Line, d.Date)).ToList(),
            read,
            headings.Where(h => h.Role == HeadingRole.Break).Select(Heading).ToList(),
            headings.Where(h => h.Role is not (HeadingRole.Talk or HeadingRole.Break or HeadingRole.Day)).Select(Heading).ToList(),
            outline) { Event = EventFacts.Find(lines) };
    }

    private static ReadHeading Heading(HeadingFacts h) =>
        new(h.Line.Text, h.Line.Line, h.Role, h.Why ?? new Evidence("no rule", h.Line.Line, ""));

    // The headings as a tree: parents by level, each section's end, children in order. A stack keeps it linear.
    private static List<HeadingFacts> Tree(IReadOnlyList<OutlineLine> lines)
    {
        var all = new List<HeadingFacts>();
        var open = new List<HeadingFacts>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != OutlineKind.Heading)
            {
                continue;
            }

            var h = new HeadingFacts(lines[i], i);
            while (open.Count > 0 && open[open.Count - 1].Line.Level >= h.Line.Level)
            {
                open[open.Count - 1].End = i;
                open.RemoveAt(open.Count - 1);
            }

            h.Parent = open.Count > 0 ? open[open.Count - 1] : null;
            h.Parent?.Children.Add(h);
            open.Add(h);
            all.Add(h);
        }

        foreach (var h in open)
        {
            h.End = lines.Count;
        }

        return all;
    }

    private static void Describe(HeadingFacts h, IReadOnlyList<OutlineLine> lines, QaReader.LeadIns leadIns)
    {
        string text = h.Line.Text;
        if (TimeForms.TryTake(text, out string rest, out string start, out string? end))
        {
            h.Start = start;
            h.End24 = end;
            text = rest;
        }

        text = WithoutEnumerator(text);
        h.Title = text;
        h.Header = HeaderForms.Read(text);
        int bodyEnd = h.Children.Count > 0 ? h.Children[0].Index : h.End;
        for (int i = h.Index + 1; i < bodyEnd; i++)
        {
            if (lines[i].Kind is not (OutlineKind.Blank or OutlineKind.Rule or OutlineKind.Directive))
            {
                h.HasBody = true;
                break;
            }
        }

        h.SpeakersBelow = SpeakerLines.Find(lines, h.Index, bodyEnd);
        if (h.Header is { Speakers.Count: > 0 } && h.SpeakersBelow is { Evidence.Rule: not "speaker line" })
        {
            h.SpeakersBelow = null; // the header names its speakers; only a line that is nothing but names adds to them
        }

        h.Exchanges = QaReader.Read(lines, h.Index + 1, bodyEnd, leadIns).Count;
        h.Timetable = Timetable.Find(lines, h.Index + 1, bodyEnd);
    }

    // The timed bullets that make a timetable: under a heading, or before the first heading, and naming at least one heading
    // of the document by its title (so that a talk's notes with times in them are not taken for a schedule). The headings
    // over them are marked, to be schedules rather than talks.
    private static Timetable.KeyIndex<Timetable.Entry> Timetables(IReadOnlyList<OutlineLine> lines, List<HeadingFacts> headings)
    {
        var all = new Timetable.KeyIndex<Timetable.Entry>();
        var preamble = Timetable.Find(lines, 0, headings.Count > 0 ? headings[0].Index : lines.Count);
        if (preamble is null && headings.TrueForAll(h => h.Timetable is null))
        {
            return all;
        }

        var keys = new Timetable.KeyIndex<int>();
        for (int i = 0; i < headings.Count; i++)
        {
            keys.Add(Timetable.TitleKey(headings[i].Header?.Title ?? headings[i].Title), i);
        }

        bool NamesAHeading(List<Timetable.Entry> entries, int self) => entries.Exists(e => keys.Matching(e.Key).Any(i => i != self));

        void AddAll(List<Timetable.Entry> entries)
        {
            foreach (var e in entries)
            {
                all.Add(e.Key, e);
            }
        }

        if (preamble is not null && NamesAHeading(preamble, -1))
        {
            AddAll(preamble);
        }

        for (int i = 0; i < headings.Count; i++)
        {
            if (headings[i].Timetable is { } entries && NamesAHeading(entries, i))
            {
                headings[i].IsTimetable = true;
                AddAll(entries);
            }
        }

        return all;
    }

    // A talk with no time of its own takes the times of the timetable's bullet that names it.
    private static ReadTalk Timed(ReadTalk talk, Timetable.KeyIndex<Timetable.Entry> timetable)
    {
        if (timetable.Count == 0 || talk.Start is not null || talk.Title is null)
        {
            return talk;
        }

        var entry = timetable.Matching(Timetable.TitleKey(talk.Title)).FirstOrDefault();
        if (entry is null)
        {
            return talk;
        }

        var evidence = new List<Evidence>(talk.Evidence) { new("timetable", entry.Line, entry.Start + (entry.End is null ? "" : "-" + entry.End)) };
        return talk with { Start = entry.Start, End = entry.End, Evidence = evidence };
    }

    private static void AssignRoles(List<HeadingFacts> headings)
    {
        // Roles told by form and by the generic words, before any level is chosen.
        foreach (var h in headings)
        {
            string text = h.Title;
            bool ownSpeakers = (h.Header?.Speakers.Count ?? 0) > 0;
            if (h.IsTimetable && !ownSpeakers && h.Start is null && h.Children.Count == 0)
            {
                Set(h, HeadingRole.Section, "timetable", "its timed bullets name the talks");
            }
            else if (!ownSpeakers && HeadingWords.IsDay(text, out string? date))
            {
                Set(h, HeadingRole.Day, "day heading", date ?? text);
                h.Date = date;
            }
            else if (!ownSpeakers && h.Start is null && HeadingWords.MentionsDay(text, out date) && (h.Children.Count > 0 || h.Parent is null))
            {
                Set(h, h.Children.Count > 0 && h.Parent is not null ? HeadingRole.Day : HeadingRole.Title, "heading with a date or a day", date ?? text);
                h.Date = date;
            }
            else if (!ownSpeakers && HeadingWords.IsSection(text))
            {
                Set(h, HeadingRole.Section, "section word", text);
            }
            else if (!h.HasTalkEvidence && HeadingWords.IsBreak(text))
            {
                Set(h, HeadingRole.Break, "break word", text);
            }
            else if (HeadingWords.IsGroup(text) && h.Children.Count > 0 && (!h.HasBody || HeadingWords.IsLightning(text) || !HeadingWords.IsKeynote(text)))
            {
                Set(h, HeadingRole.Group, "group word over headings", text);
            }
            else if (HeadingWords.IsGroup(text) && !h.HasBody && h.Children.Count == 0)
            {
                Set(h, HeadingRole.Group, "group word with nothing under it", text);
            }
            else if (HeadingWords.IsLightning(text) && h.Children.Count == 0)
            {
                Set(h, HeadingRole.Group, "lightning-talk list", "its top-level bullets are the talks");
            }
        }

        var perLevel = new Dictionary<int, int>();
        foreach (var h in headings)
        {
            perLevel[h.Line.Level] = (perLevel.TryGetValue(h.Line.Level, out int n) ? n : 0) + 1;
        }

        // A heading right under a talk's header that is only a name is that talk's speaker ("# Title" then "## Name").
        foreach (var h in headings)
        {
            var p = h.Parent;
            if (h.Role == HeadingRole.None && p is not null && p.Role == HeadingRole.None && p.Children[0] == h && !p.HasBody
                && perLevel[p.Line.Level] == 1 && (p.Header?.Speakers.Count ?? 0) == 0
                && p.SpeakersBelow is null && SpeakerLines.Plain(h.Title) is { } names && h.Header is null)
            {
                p.SpeakersBelow = (names, new Evidence("speaker heading", h.Line.Line, h.Title));
                Set(h, HeadingRole.Speaker, "speaker heading under a header", h.Title);
            }
        }

        int talkLevel = TalkLevel(headings, out Evidence? levelWhy);
        var evidencePerLevel = new Dictionary<int, int>();
        foreach (var h in headings)
        {
            if (h.HasTalkEvidence)
            {
                evidencePerLevel[h.Line.Level] = (evidencePerLevel.TryGetValue(h.Line.Level, out int n) ? n : 0) + 1;
            }
        }

        int first = headings.Count > 0 ? 0 : -1;
        foreach (var h in headings)
        {
            if (h.Role != HeadingRole.None)
            {
                continue;
            }

            var talkAbove = TalkAbove(h);
            bool underSection = Ancestor(h, HeadingRole.Section) is not null;
            bool ownSpeakers = (h.Header?.Speakers.Count ?? 0) > 0;
            if (underSection)
            {
                Set(h, HeadingRole.Subsection, "inside a section", h.Parent!.Title);
            }
            else if (talkAbove is not null)
            {
                if (ownSpeakers && h.Header!.Form != "Names | Organisation" || h.Start is not null)
                {
                    Set(h, HeadingRole.Talk, "header form inside a talk's section", h.Header?.Form ?? "time");
                }
                else
                {
                    Set(h, HeadingRole.Subsection, "inside a talk", talkAbove.Title);
                }
            }
            else if (Heads(h) && !h.HasTalkEvidence)
            {
                Set(h, h.Index == headings[first].Index ? HeadingRole.Title : HeadingRole.Group, "over a group or a day", h.Title);
            }
            else if (talkLevel == 0)
            {
                Set(h, HeadingRole.Section, "no evidence of talks in the document", "no speaker forms, times, groups or days");
            }
            else if (HeadingWords.IsKeynote(h.Title) && h.HasBody)
            {
                Set(h, HeadingRole.Talk, "keynote heading with notes of its own", h.Title);
            }
            else if (h.Index == headings[first].Index && !h.HasTalkEvidence && h.Exchanges == 0
                && ((h.Children.Count > 0 && h.Line.Level < talkLevel) || (evidencePerLevel.TryGetValue(h.Line.Level, out int withEvidence) ? withEvidence : 0) >= 2))
            {
                Set(h, HeadingRole.Title, "first heading, with no talk evidence", h.Title);
            }
            else if (h.Line.Level == talkLevel)
            {
                Set(h, HeadingRole.Talk, "talk level", levelWhy?.Detail ?? "");
            }
            else if (h.HasTalkEvidence || h.Exchanges > 0)
            {
                Set(h, HeadingRole.Talk, "talk evidence off the talk level", Because(h));
            }
            else if (h.Parent is { Role: HeadingRole.Group })
            {
                Set(h, HeadingRole.Talk, "heading under a group", h.Parent.Title);
            }
            else if (h.Children.Count == 0 && h.HasBody && HeadingWords.IsGroup(h.Title) && !HeadingWords.IsLightning(h.Title))
            {
                Set(h, HeadingRole.Talk, "group word with notes and no sub-heading", h.Title);
            }
            else if (h.Line.Level < talkLevel)
            {
                Set(h, h.Index == headings[first].Index ? HeadingRole.Title : HeadingRole.Group, "above the talk level", h.Title);
            }
            else
            {
                Set(h, HeadingRole.Section, "below the talk level, outside any talk", h.Title);
            }
        }
    }

    // The level whose headings carry the most evidence of being talks; with none, the level with the most plain headings,
    // if the document shows it is about an event at all (groups, days, lightning talks). 0 when no level holds talks.
    private static int TalkLevel(List<HeadingFacts> headings, out Evidence? why)
    {
        why = null;
        var evidence = new Dictionary<int, int>();
        var plain = new Dictionary<int, int>();
        bool eventish = false;
        int days = 0;
        foreach (var h in headings)
        {
            int level = h.Line.Level;
            if (h.Role == HeadingRole.Group || HeadingWords.IsLightning(h.Title) || HeadingWords.IsGroup(h.Title))
            {
                eventish = true;
            }

            days += h.Role == HeadingRole.Day ? 1 : 0;
            if (h.Role != HeadingRole.None || Ancestor(h, HeadingRole.Section) is not null || Heads(h))
            {
                continue;
            }

            if (h.HasTalkEvidence || h.Exchanges > 0)
            {
                evidence[level] = (evidence.TryGetValue(level, out int e) ? e : 0) + 1;
            }

            plain[level] = (plain.TryGetValue(level, out int p) ? p : 0) + 1;
        }

        var source = evidence.Count > 0 ? evidence : (eventish || days >= 2) ? plain : null;
        if (source is null || source.Count == 0)
        {
            return 0;
        }

        int best = source.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
        why = new Evidence("talk level", 0, evidence.Count > 0
            ? $"level {best}: {source[best]} headings with speakers, times or Q/A"
            : $"level {best}: {source[best]} headings, none with speakers or times, in a document with groups or days");
        return best;
    }

    // Whether h, with no notes of its own, has a group or a day heading right under it: h is above the talks ("# PyCon JP"
    // over "## LT"), never one. A heading with notes before its groups ("# Keynote", then "## Sessions 1 - 2") may be a talk.
    private static bool Heads(HeadingFacts h) => !h.HasBody && h.Children.Exists(c => c.Role is HeadingRole.Group or HeadingRole.Day);

    // The talk whose section holds h, unless a group or a day comes between them (a keynote's notes, then "## Session 1").
    private static HeadingFacts? TalkAbove(HeadingFacts h)
    {
        for (var p = h.Parent; p is not null; p = p.Parent)
        {
            if (p.Role == HeadingRole.Talk)
            {
                return p;
            }

            if (p.Role is HeadingRole.Group or HeadingRole.Day)
            {
                return null;
            }
        }

        return null;
    }

    private static HeadingFacts? Ancestor(HeadingFacts h, HeadingRole role)
    {
        for (var p = h.Parent; p is not null; p = p.Parent)
        {
            if (p.Role == role)
            {
                return p;
            }
        }

        return null;
    }

    private static string Because(HeadingFacts h) =>
        h.Header is { Speakers.Count: > 0 } ? "header form " + h.Header.Form
        : h.Start is not null ? "time " + h.Start
        : h.SpeakersBelow is { } below ? below.Evidence.Rule
        : "questions and answers";

    private static void Set(HeadingFacts h, HeadingRole role, string rule, string detail)
    {
        h.Role = role;
        h.Why = new Evidence(rule, h.Line.Line, detail);
    }

    private static ReadTalk TalkOf(HeadingFacts h)
    {
        var evidence = new List<Evidence> { h.Why! };
        string? title = h.Title;
        IReadOnlyList<HeaderSpeaker> speakers = Array.Empty<HeaderSpeaker>();
        if (h.Header is { } header)
        {
            title = header.Title;
            speakers = header.Speakers;
            evidence.Add(new Evidence("header form " + header.Form, h.Line.Line, h.Line.Text));
        }

        if (speakers.Count == 0 && h.SpeakersBelow is { } below)
        {
            speakers = below.Speakers;
            evidence.Add(below.Evidence);
        }
        else if (h.SpeakersBelow is { } more && more.Speakers.All(s => s.Name is not null && speakers.All(o => o.Name != s.Name)))
        {
            speakers = speakers.Concat(more.Speakers).ToList(); // "### Name | Topic" then a co-presenter alone on the next line
            evidence.Add(more.Evidence);
        }
        else if (speakers.Count == 1 && speakers[0].Handle is null && h.SpeakersBelow is { } handleBelow
            && handleBelow.Speakers.Count == 1 && handleBelow.Speakers[0] is { Name: null, Handle: { } handle })
        {
            speakers = new[] { speakers[0] with { Handle = handle } };
            evidence.Add(handleBelow.Evidence);
        }

        if (h.Start is not null)
        {
            evidence.Add(new Evidence("time in the header", h.Line.Line, h.Start + (h.End24 is null ? "" : "-" + h.End24)));
        }

        return new ReadTalk(title, speakers, h.Line.Line, h.Start, h.End24, Array.Empty<ReadExchange>(), evidence, -1);
    }

    // The top-level bullets under a lightning-talk heading, each a talk read with the header forms.
    private static IEnumerable<(int, int, ReadTalk)> LightningTalks(IReadOnlyList<OutlineLine> lines, HeadingFacts h)
    {
        int top = int.MaxValue;
        for (int i = h.Index + 1; i < h.End; i++)
        {
            if (lines[i].Kind == OutlineKind.Item)
            {
                top = Math.Min(top, lines[i].Level);
            }
        }

        var items = new List<int>();
        for (int i = h.Index + 1; i < h.End; i++)
        {
            if (lines[i].Kind == OutlineKind.Item && lines[i].Level == top && lines[i].Text.Length > 0)
            {
                items.Add(i);
            }
        }

        var forms = new List<Sprache.Parser<SpeakerHeader>>(SpeakerForms.All) { SpeakerForms.TitleGluedName };
        for (int k = 0; k < items.Count; k++)
        {
            var line = lines[items[k]];
            var header = HeaderForms.Read(line.Text, forms);
            if (header is null && NameForm.HasHonorific(line.Text) && SpeakerText.Read(line.Text, single: true) is { } only)
            {
                header = new SpeakerHeader(null, new[] { only }, "a name alone"); // "佐藤さん": the bullet names only its speaker
            }

            var evidence = new List<Evidence> { new("lightning-talk bullet", line.Line, "a top-level bullet under " + h.Title) };
            if (header is not null)
            {
                evidence.Add(new Evidence("header form " + header.Form, line.Line, line.Text));
            }

            int end = k + 1 < items.Count ? items[k + 1] : h.End;
            yield return (items[k], end, new ReadTalk(header is null ? WithoutOpenRemark(line.Text) : header.Title is null ? null : WithoutOpenRemark(header.Title), header?.Speakers ?? Array.Empty<HeaderSpeaker>(), line.Line, null, null,
                Array.Empty<ReadExchange>(), evidence, -1));
        }
    }

    // The header forms strong enough to make a line of plain text a talk's header, as the seed's "Title / Name(Aff)".
    private static readonly IReadOnlyList<Sprache.Parser<SpeakerHeader>> PlainHeaderForms = new[]
    {
        SpeakerForms.KeywordThenName, SpeakerForms.QuotedTitleByName, SpeakerForms.NameThenBracketedTitle, SpeakerForms.TitleByName, SpeakerForms.TitleSlashName,
    };

    // Plain text with no heading: a line at the margin that reads as a header with speakers opens a talk (the seed's dialect).
    private static IEnumerable<(int, int, ReadTalk)> PlainHeaderTalks(IReadOnlyList<OutlineLine> lines)
    {
        var found = new List<(int Index, SpeakerHeader Header, string Title, string? Start, string? End)>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != OutlineKind.Text || line.Indent > 0 || line.Text.Length > 200)
            {
                continue;
            }

            string text = line.Text;
            string? start = null, end = null;
            if (TimeForms.TryTake(text, out string rest, out string s, out string? e))
            {
                (text, start, end) = (rest, s, e);
            }

            if (HeaderForms.Read(text, PlainHeaderForms) is { Speakers.Count: > 0 } header)
            {
                found.Add((i, header, text, start, end));
            }
        }

        for (int k = 0; k < found.Count; k++)
        {
            var (index, header, _, start, end) = found[k];
            var evidence = new List<Evidence> { new("header line of plain text", lines[index].Line, "header form " + header.Form) };
            yield return (index, k + 1 < found.Count ? found[k + 1].Index : lines.Count,
                new ReadTalk(header.Title, header.Speakers, lines[index].Line, start, end, Array.Empty<ReadExchange>(), evidence, -1));
        }
    }

    // "1. Title", "2) Title": an enumerator opening a heading numbers it; it is not part of the title.
    private static string WithoutEnumerator(string text)
    {
        int i = 0;
        while (i < text.Length && i < 3 && char.IsDigit(text[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < text.Length && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ' && !char.IsDigit(text[i + 1])
            ? text.Substring(i + 2).TrimStart()
            : text;
    }

    // "Title(no slides": a parenthesis opened at the end and never closed is the note-taker's remark, not the title's.
    private static string WithoutOpenRemark(string title)
    {
        int open = title.LastIndexOfAny(new[] { '(', '（' });
        return open > 0 && title.IndexOfAny(new[] { ')', '）' }, open) < 0 ? title.Substring(0, open).TrimEnd() : title;
    }

    // A file with no heading: a bullet outline whose first bullet has names under it is one session (a panel); plain notes
    // with Q/A markers are one talk with no title.
    private static IEnumerable<(int, int, ReadTalk)> HeadinglessTalk(IReadOnlyList<OutlineLine> lines)
    {
        int first = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind is OutlineKind.Item or OutlineKind.Text)
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            yield break;
        }

        var head = lines[first];
        if (head.Kind == OutlineKind.Item && head.Level == 0)
        {
            var speakers = new List<HeaderSpeaker>();
            int at = -1;
            for (int i = first + 1; i < lines.Count && (lines[i].Kind != OutlineKind.Item || lines[i].Level > 0); i++)
            {
                if (lines[i].Kind == OutlineKind.Item && lines[i].Level == 1 && SpeakerText.Read(lines[i].Text, single: false) is { } s)
                {
                    speakers.Add(s);
                    at = at < 0 ? lines[i].Line : at;
                }
            }

            if (speakers.Count > 0)
            {
                yield return (first, lines.Count, new ReadTalk(head.Text, speakers, head.Line, null, null, Array.Empty<ReadExchange>(),
                    new[] { new Evidence("first bullet with names under it", at, speakers[0].Name ?? "") }, -1));
                yield break;
            }
        }

        if (QaReader.Read(lines, first, lines.Count).Count > 0)
        {
            yield return (first, lines.Count, new ReadTalk(null, Array.Empty<HeaderSpeaker>(), head.Line, null, null, Array.Empty<ReadExchange>(),
                new[] { new Evidence("notes with questions and answers and no heading", head.Line, "one talk, its title not written") }, -1));
        }
    }
}
