using System;
using System.Collections.Immutable;
using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>Links: every <c>http://</c> or <c>https://</c> URL inside a line.</summary>
public static class LinkGrammar
{
    /// <summary>
    /// A URL: <c>http://youtu.be/IihKKgcXnic</c>. It runs to the first white space, quote, angle bracket,
    /// closing bracket or non-ASCII character; trailing punctuation (<c>.,;:!?</c>) is left out.
    /// </summary>
    public static readonly Parser<LinePart> Url =
        (from start in CurrentIndex
         from scheme in Parse.String("https://").Or(Parse.String("http://")).Text()
         from rest in RunUntil(EndsUrl, "address")
         let text = (scheme + rest.Text).TrimEnd('.', ',', ';', ':', '!', '?')
         where text.Length > scheme.Length
         select new LinePart(text, start)).Named("url");

    /// <summary>Finds every <see cref="Url"/> in <paramref name="line"/>, in order.</summary>
    /// <param name="line">The text of one line.</param>
    /// <returns>The URLs and where each starts.</returns>
    public static ImmutableArray<LinePart> FindUrls(string line) => Find(Guard.NotNull(line, nameof(line)), MatchUrl);

    // FindUrls with the Url query itself: what MatchUrl must agree with (LineFastPathTests).
    internal static ImmutableArray<LinePart> ReferenceFindUrls(string line) =>
        Find(line, (text, at) => Url(new LineInput(text, at)) is { WasSuccessful: true } result ? result.Value : null);

    private static ImmutableArray<LinePart> Find(string line, Func<string, int, LinePart?> match)
    {
        int at = line.IndexOf("http", StringComparison.Ordinal);
        if (at < 0)
        {
            // Most lines hold no link: no builder for them.
            return ImmutableArray<LinePart>.Empty;
        }

        // A builder, not ImmutableArray.Add: each Add copies the array, which is quadratic on a line of many links.
        var found = ImmutableArray.CreateBuilder<LinePart>();
        while (at >= 0)
        {
            int next = at + 4;
            if (at == 0 || !char.IsLetterOrDigit(line[at - 1]))
            {
                if (match(line, at) is { } url)
                {
                    found.Add(url);
                    next = at + url.Length;
                }
            }

            at = next < line.Length ? line.IndexOf("http", next, StringComparison.Ordinal) : -1;
        }

        return found.Count == 0 ? ImmutableArray<LinePart>.Empty : found.ToImmutable();
    }

    // Url by hand: a query of Parse.String builds parsers as it runs, and this is tried at every "http" of every line.
    private static LinePart? MatchUrl(string line, int at)
    {
        int scheme = string.CompareOrdinal(line, at, "https://", 0, 8) == 0 ? 8 : string.CompareOrdinal(line, at, "http://", 0, 7) == 0 ? 7 : 0;
        if (scheme == 0)
        {
            return null;
        }

        int end = at + scheme;
        while (end < line.Length && !EndsUrl(line, end))
        {
            end++;
        }

        if (end == at + scheme)
        {
            return null;
        }

        while (end > at + scheme && line[end - 1] is '.' or ',' or ';' or ':' or '!' or '?')
        {
            end--;
        }

        return end > at + scheme ? LinePart.In(line, at, end - at) : null;
    }

    private static bool EndsUrl(string line, int i)
    {
        char c = line[i];
        return c <= ' ' || c > '~' || c is '"' or '\'' or '<' or '>' or ')' or ']' or '}' or '`';
    }
}
