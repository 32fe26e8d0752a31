using System;
using System.Collections.Immutable;
using ConfLog.Text;
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
         from rest in RunUntil((line, i) => EndsUrl(line, i), "address")
         let text = (scheme + rest.Text).TrimEnd('.', ',', ';', ':', '!', '?')
         where text.Length > scheme.Length
         select new LinePart(text, start)).Named("url");

    /// <summary>Finds every <see cref="Url"/> in <paramref name="line"/>, in order.</summary>
    /// <param name="line">The text of one line.</param>
    /// <returns>The URLs and where each starts.</returns>
    public static ImmutableArray<LinePart> FindUrls(string line) => Find(Guard.NotNull(line, nameof(line)), MatchUrl);

    // FindUrls over a line where it stands in the input: the parts point into the input, and no string is cut out.
    internal static ImmutableArray<LinePart> FindUrls(LineText line) => Find(line, MatchUrl);

    // What Find tries at each "http": a URL starting there, or null.
    private delegate LinePart? UrlAt(LineText line, int at);

    // FindUrls with the Url query itself: what MatchUrl must agree with (LineFastPathTests).
    internal static ImmutableArray<LinePart> ReferenceFindUrls(string line) =>
        Find(line, (text, at) => Url(new LineInput(text.ToString(), at)) is { WasSuccessful: true } result ? result.Value : null);

    private static ImmutableArray<LinePart> Find(LineText line, UrlAt match)
    {
        var text = line.AsSpan();
        int at = text.IndexOf("http".AsSpan(), StringComparison.Ordinal);
        if (at < 0)
        {
            // Most lines hold no link: no builder for them.
            return ImmutableArray<LinePart>.Empty;
        }

        // Most lines with a link hold one: a builder, not ImmutableArray.Add (each Add copies the array, which is
        // quadratic on a line of many links), only from the second.
        LinePart? first = null;
        ImmutableArray<LinePart>.Builder? more = null;
        while (at >= 0)
        {
            int next = at + 4;
            if (at == 0 || !char.IsLetterOrDigit(line[at - 1]))
            {
                if (match(line, at) is { } url)
                {
                    if (first is null)
                    {
                        first = url;
                    }
                    else
                    {
                        more ??= ImmutableArray.CreateBuilder<LinePart>();
                        if (more.Count == 0)
                        {
                            more.Add(first.Value);
                        }

                        more.Add(url);
                    }

                    next = at + url.Length;
                }
            }

            int found = next < line.Length ? text.Slice(next).IndexOf("http".AsSpan(), StringComparison.Ordinal) : -1;
            at = found < 0 ? -1 : next + found;
        }

        return more is not null ? more.ToImmutable() : first is { } one ? ImmutableArray.Create(one) : ImmutableArray<LinePart>.Empty;
    }

    // Url by hand: a query of Parse.String builds parsers as it runs, and this is tried at every "http" of every line.
    private static LinePart? MatchUrl(LineText line, int at)
    {
        int scheme = OnePass.StartsWith(line, at, "https://") ? 8 : OnePass.StartsWith(line, at, "http://") ? 7 : 0;
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

    private static bool EndsUrl(LineText line, int i)
    {
        char c = line[i];
        return c <= ' ' || c > '~' || c is '"' or '\'' or '<' or '>' or ')' or ']' or '}' or '`';
    }
}
