using System;
using System.Collections.Generic;
using System.Globalization;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Reading;
using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>Reads the event from the bullets at the very top of the log.</summary>
internal static class EventReader
{
    /// <summary>
    /// Reads the event header; <paramref name="next"/> is set to the first line after it. With no header line of the seed's
    /// form, the date, hours and venue come from the title or from the metadata lines the reader of real notes found
    /// (<paramref name="notes"/>, null for the seed's dialect).
    /// </summary>
    public static Event Read(ImmutableArray<ParsedLine> lines, ConfLogOptions options, List<Diagnostic> diagnostics, out int next, ReadNotes? notes = null)
    {
        EventHeaderLine? header = null;
        int headerLine = 0;
        var links = ImmutableArray.CreateBuilder<Link>();
        var labels = ImmutableArray.CreateBuilder<Label>();
        var title = lines.Length > 0 && lines[0].Syntax is HeadingLine { Level: 1 } heading ? heading : null;
        int i = title is null ? 0 : FirstAfterTitle(lines);
        for (; i < lines.Length && IsEventLine(lines[i]); i++)
        {
            var line = lines[i];
            switch (line.Syntax)
            {
                case EventHeaderLine dated when header is null:
                    header = dated;
                    headerLine = line.Number;
                    break;
                case EventHeaderLine:
                    diagnostics.Add(DiagnosticCodes.SecondEventHeader.At(line.Span, "a second event header line; the event is described by line " + headerLine));
                    break;
                // "- 開催日: 2019/3/9(土)" is a labelled metadata line, not a failed attempt at "- 2019-03-09 Venue".
                case BulletLine bullet when header is null && bullet.Label is null && LooksDated(bullet):
                    diagnostics.Add(NotAnEventHeader(line, options));
                    break;
                case BulletLine { Label: { } label } bullet:
                    labels.Add(new Label(label.Text, bullet.Text.Text, line.Span));
                    break;
                case BulletLine bullet:
                    links.Add(new Link(bullet.Text.Text, line.SpanOf(bullet.Text)));
                    break;
            }
        }

        next = i;
        var span = i == 0
            ? new SourceSpan(lines.IsEmpty ? 0 : lines[0].Offset, 0, 1, 1)
            : lines[0].Span.Through(lines[i - 1].Span);
        var (titleDate, titleHours) = title is null ? (null, null) : EventTitle.Facts(title.Text.Text, options.DateCulture);
        var hours = header?.Hours ?? titleHours;
        var facts = header is null ? notes?.Event : null;
        var date = header?.Date ?? titleDate;
        if (header is null && notes is not null)
        {
            // Only off the seed's path: the date of a title the line grammar does not read ("SmashingConf 2024 - 10/8/2024"),
            // else a metadata line's.
            date ??= (title is null ? null : DayDate.Find(title.Text.Text)) ?? DayDate.Of(facts?.Date);
            hours ??= TimesOf(facts);
        }

        var (start, end) = hours is not null ? ((TimeSpan?)hours.Start, (TimeSpan?)hours.End) : (Clock(facts?.Start), Clock(facts?.End));

        return new Event(
            Title: title is null ? (header is null ? MarkedTitle(notes) : null) : MarkupFree(title.Text.Text, notes),
            Date: date,
            Venue: header is null || header.Venue.Length == 0 ? facts?.Venue : header.Venue.Text,
            VenueDetail: header?.VenueDetail?.Text,
            Start: start,
            End: end,
            links.ToImmutable(),
            labels.ToImmutable(),
            span);
    }

    // The document's title in a markup whose headings the line grammar does not read (reST's over- and underlined title,
    // org's "* ", Hiki's "!", RD's "="): the reader's first heading, when it took it for the title and no talk comes before it.
    // Off the seed's path, a Markdown title reads as it renders, as the talks' titles do: "PyCon JP 2019 \- Day 1",
    // "**RustConf** 2025" lose their escape and emphasis marks. The seed's own dialect keeps the title as written.
    private static string MarkupFree(string title, ReadNotes? notes) =>
        notes is { Markup: NoteMarkup.Markdown } ? Outline.InlineMarkup.Strip(title) : title;

    private static string? MarkedTitle(ReadNotes? notes)
    {
        if (notes is null || notes.Markup is not (NoteMarkup.ReStructuredText or NoteMarkup.Org or NoteMarkup.Hiki or NoteMarkup.Rd))
        {
            return null;
        }

        var first = notes.Outline.Lines.FirstOrDefault(l => l.Kind == Outline.OutlineKind.Heading);
        var top = first is null ? null : notes.Sections.FirstOrDefault(s => s.Line == first.Line);
        return top is { Role: HeadingRole.Title } ? top.Text : null;
    }

    // A metadata line's hours, when it writes both ends ("10:00 〜 17:30"); an opening time alone is kept by Clock below.
    private static TimeRange? TimesOf(ReadEvent? facts) =>
        Clock(facts?.Start) is { } start && Clock(facts?.End) is { } end ? new TimeRange(start, end) : null;

    private static TimeSpan? Clock(string? written) =>
        written is not null && TimeSpan.TryParseExact(written, "hh\\:mm", CultureInfo.InvariantCulture, out var time) ? time : null;

    /// <summary>
    /// Follows a stream's first lines, one at a time, and tells whether they may all still belong to the event
    /// header, so that a reader knows when it has read enough to call <see cref="Read"/>. Constant work per line.
    /// </summary>
    public sealed class HeaderWatch
    {
        private int _count;
        private bool _title;
        private bool _bulletSeen;

        public bool MayContinueWith(in ParsedLine line)
        {
            if (_count++ == 0 && line.Syntax is HeadingLine { Level: 1 })
            {
                _title = true;
                return true;
            }

            if (IsEventLine(line))
            {
                _bulletSeen = true;
                return true;
            }

            // Blank lines between the title and the first header bullet belong to the header too.
            return _title && !_bulletSeen && line.Syntax is BlankLine;
        }
    }

    // Blank lines after the title belong to the event only when header bullets follow them.
    private static int FirstAfterTitle(ImmutableArray<ParsedLine> lines)
    {
        int j = 1;
        while (j < lines.Length && lines[j].Syntax is BlankLine)
        {
            j++;
        }

        return j < lines.Length && IsEventLine(lines[j]) ? j : 1;
    }

    // Only unindented bullets that are dated, labelled, or nothing but a URL belong to the header:
    // anything else means the notes have begun.
    private static bool IsEventLine(in ParsedLine line) => line.Syntax switch
    {
        EventHeaderLine dated => dated.Marker.Index == 0,
        BulletLine bullet => bullet.Marker.Index == 0 && (bullet.Label is not null || IsOnlyUrl(bullet.Text) || LooksDated(bullet)),
        _ => false,
    };

    // "- 2012-13-45 ...": the line means to date the event, though the grammar could not read it as a header.
    private static bool LooksDated(BulletLine bullet)
    {
        string text = bullet.Text.Text;
        return text.Length >= 8 && char.IsDigit(text[0]) && char.IsDigit(text[1]) && char.IsDigit(text[2]) && char.IsDigit(text[3])
            && (text[4] == '-' || text[4] == '/') && char.IsDigit(text[5]);
    }

    private static Diagnostic NotAnEventHeader(in ParsedLine line, ConfLogOptions options)
    {
        // Read again with the dialect's own bullet markers, only to say why the line is not a header.
        var header = ReferenceEquals(options, ConfLogOptions.Default)
            ? EventHeaderGrammar.EventHeader
            : EventHeaderGrammar.EventHeaderOf(BulletGrammar.BulletMarkerOf(options.BulletMarkers));
        var failure = header(new LineInput(line.Text));
        int column = failure.Remainder.Position;
        string message = FailureText.Of(failure);

        // The hours are optional, so a failure inside them surfaces as "expected end of input" where they
        // start; reading them again there says what is wrong with them.
        var hours = DateGrammar.Hours(new LineInput(line.Text, column));
        if (!hours.WasSuccessful && failure.Expectations.Contains("end of input"))
        {
            column = hours.Remainder.Position;
            message = FailureText.Of(hours);
        }

        return DiagnosticCodes.ImpossibleEventDate.At(
            line.SpanOf(column, line.Text.Length - column),
            $"'{line.Text.Trim()}' is not an event header: {message}");
    }

    private static bool IsOnlyUrl(LinePart text)
    {
        var urls = LinkGrammar.FindUrls(text.Text);
        return urls.Length == 1 && urls[0].Length == text.Length;
    }
}
