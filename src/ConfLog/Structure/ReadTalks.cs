using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Reading;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>
/// Makes the talk of a header the reader found: its title and speakers as the reader read them (the header's markup,
/// times and speaker part taken out, so they are strings of their own, not runs of the line), each speaker placed where
/// its name is written, the header's times combined with the day's or the event's date when one is known, and the
/// evidence kept.
/// </summary>
internal static class ReadTalks
{
    public static Talk Make(SessionDraft draft, ReadTalkLine read, ImmutableArray<SessionItem> items, SourceSpan span, DateTime? eventDate)
    {
        var talk = read.Talk;
        var date = DayDate.Of(read.Day?.Date) ?? eventDate;
        var startTime = TimeOf(talk.Start);
        var endTime = TimeOf(talk.End);
        var start = startTime is { } s ? date + s : draft.Start;
        var end = endTime is { } e ? date + (e < (startTime ?? e) ? e + TimeSpan.FromDays(1) : e) : draft.End;
        bool inferred = startTime is null && draft.StartInferred;
        var evidence = new Model.Evidence[talk.Evidence.Count];
        for (int i = 0; i < evidence.Length; i++)
        {
            var why = talk.Evidence[i];
            evidence[i] = new Model.Evidence(why.Rule, why.Line, why.Detail);
        }

        return new Talk(
            new TextSlice(talk.Title ?? string.Empty),
            SpeakersOf(draft, talk),
            draft.Header.Span,
            items,
            start,
            end,
            inferred,
            span,
            startTime,
            endTime,
            ImmutableArray.Create(evidence));
    }

    private static TimeSpan? TimeOf(string? text) =>
        text is not null && TimeSpan.TryParseExact(text, @"h\:mm", CultureInfo.InvariantCulture, out var time) && time < TimeSpan.FromDays(1)
            ? time
            : null;

    private static ImmutableArray<Speaker> SpeakersOf(SessionDraft draft, ReadTalk talk)
    {
        if (talk.Speakers.Count == 0)
        {
            return ImmutableArray<Speaker>.Empty;
        }

        var speakers = ImmutableArray.CreateBuilder<Speaker>(talk.Speakers.Count);
        foreach (var speaker in talk.Speakers)
        {
            speakers.Add(new Speaker(speaker.Name ?? speaker.Handle ?? string.Empty, speaker.Affiliation, speaker.Handle, Place(draft, speaker, talk.Title)));
        }

        return speakers.MoveToImmutable();
    }

    // Where the speaker is written: the header line, after the title first where the title is written as read (a title
    // may name its speaker too: "Why Jane Roe rewrote it by Jane Roe"; some forms name the speaker first), or a line of
    // the talk after it (a speaker line or heading); the span runs from the first of its name, affiliation and handle
    // found there through the last. Failing all, the header line: the reader may have read the name out of markup that
    // is not one run of any line.
    private static SourceSpan Place(SessionDraft draft, HeaderSpeaker speaker, string? title)
    {
        var header = draft.Header;
        string text = header.Text;
        int afterTitle = string.IsNullOrEmpty(title) ? -1 : text.IndexOf(title!, StringComparison.Ordinal);
        var inHeader = (afterTitle < 0 ? null : Find(header, text, speaker, afterTitle + title!.Length)) ?? Find(header, text, speaker, 0);
        if (inHeader is { } found)
        {
            return found;
        }

        for (int i = 0; i < draft.Body.Count; i++)
        {
            var line = draft.Body[i];
            if (Find(line, line.Text, speaker, 0) is { } below)
            {
                return below;
            }
        }

        return draft.Header.Span;
    }

    private static SourceSpan? Find(in ParsedLine line, string text, HeaderSpeaker speaker, int from)
    {
        int first = int.MaxValue, last = -1;
        foreach (var part in new[] { speaker.Name, speaker.Affiliation, speaker.Handle })
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            int at = text.IndexOf(part!, from, StringComparison.Ordinal);
            if (at >= 0)
            {
                first = Math.Min(first, at);
                last = Math.Max(last, at + part!.Length);
            }
            else if (part == speaker.Name)
            {
                return null;
            }
        }

        return last < 0 ? null : line.SpanOf(first, last - first);
    }
}
