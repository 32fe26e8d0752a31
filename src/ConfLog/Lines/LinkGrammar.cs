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
    public static ImmutableArray<LinePart> FindUrls(string line)
    {
        Guard.NotNull(line, nameof(line));
        // A builder, not ImmutableArray.Add: each Add copies the array, which is quadratic on a line of many links.
        var found = ImmutableArray.CreateBuilder<LinePart>();
        int at = line.IndexOf("http", StringComparison.Ordinal);
        while (at >= 0)
        {
            int next = at + 4;
            if (at == 0 || !char.IsLetterOrDigit(line[at - 1]))
            {
                var result = Url(new LineInput(line, at));
                if (result.WasSuccessful)
                {
                    found.Add(result.Value);
                    next = at + result.Value.Length;
                }
            }

            at = next < line.Length ? line.IndexOf("http", next, StringComparison.Ordinal) : -1;
        }

        return found.ToImmutable();
    }

    private static bool EndsUrl(string line, int i)
    {
        char c = line[i];
        return c <= ' ' || c > '~' || c is '"' or '\'' or '<' or '>' or ')' or ']' or '}' or '`';
    }
}
