using Sprache;
using static ConfLog.Lines.TextRuns;
using static ConfLog.Lines.DateGrammar;

namespace ConfLog.Lines;

/// <summary>The dated bullet at the top of a log that says when and where the event is.</summary>
public static class EventHeaderGrammar
{
    /// <summary>
    /// The event header: <c>- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50</c>. After the date come the venue, an
    /// optional detail in parentheses and optional <see cref="Hours"/>; each part may be left out
    /// (<c>- 2012-12-04 10:10〜17:50</c>, <c>- 2012-12-04 Tokyo</c>).
    /// </summary>
    public static readonly Parser<EventHeaderLine> EventHeader = EventHeaderOf(BulletGrammar.BulletMarker);

    /// <summary>Builds the event header parser on the dialect's bullet marker.</summary>
    /// <param name="bulletMarker">The bullet marker parser.</param>
    /// <returns>A parser of event header lines.</returns>
    public static Parser<EventHeaderLine> EventHeaderOf(Parser<LinePart> bulletMarker) =>
        (from marker in bulletMarker
         from afterMarker in Spaces
         from date in Date
         from gap in Spaces
         from venue in RunUntil(EndsVenue, "venue", minLength: 0)
         from detail in Parenthesized.Optional()
         from hours in
             (from space in Spaces
              from range in Hours
              select range).Optional()
         from trailing in Spaces
         select new EventHeaderLine(marker, date, venue.TrimEnd(), detail.GetOrDefault(), hours.GetOrDefault()))
        .End().Named("event header");

    // The venue runs until its parenthesized detail or until the hours: the white space before them, or
    // their first digit when the venue is left out and they follow the date's white space directly.
    private static bool EndsVenue(string line, int i)
    {
        if (line[i] == '(' || line[i] == '（')
        {
            return true;
        }

        if (!IsSpace(line[i]) && (i == 0 || !IsSpace(line[i - 1])))
        {
            return false;
        }

        int j = i;
        while (j < line.Length && IsSpace(line[j]))
        {
            j++;
        }

        int digits = j;
        while (digits < line.Length && digits - j < 2 && char.IsDigit(line[digits]))
        {
            digits++;
        }

        return digits > j && digits < line.Length && line[digits] == ':';
    }

    // EventHeaderOf can only read a line whose marker is followed by four digits and a date separator: the dispatch
    // tries the query on those lines alone.
    internal static bool CanBeEventHeader(BulletMarkers markers, string line, int first)
    {
        if (markers.Match(line, first, out int next) is null)
        {
            return false;
        }

        int p = SkipSpaces(line, next);
        return OnePass.Digits(line, ref p, 4, out _) && p < line.Length && (line[p] == '-' || line[p] == '/');
    }
}
