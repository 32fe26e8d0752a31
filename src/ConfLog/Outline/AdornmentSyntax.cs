using System.Linq;
using Sprache;

namespace ConfLog.Outline;

/// <summary>reStructuredText's adornments: a line that repeats one punctuation character, under (or over) a title.</summary>
internal static class AdornmentSyntax
{
    /// <summary>The characters docutils accepts in section adornments.</summary>
    public const string AdornmentChars = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>At least two of the same adornment character and nothing else: <c>=====</c>, <c>~~~~</c>, <c>----</c>.</summary>
    public static readonly Parser<(char Char, int Length)> Adornment =
        (from first in Parse.Chars(AdornmentChars)
         from rest in Parse.Char(first).AtLeastOnce().Select(r => r.Count())
         from trailing in Parse.Chars(" \t").Many().End()
         select (first, rest + 1)).Named("adornment");
}
