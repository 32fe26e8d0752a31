using System.Linq;
using ConfLog.Lines;
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

    /// <summary>
    /// <see cref="Adornment"/>, tried only when the line opens with two adornment characters alike, so that text lines
    /// cost a comparison and no parse.
    /// </summary>
    public static IResult<(char Char, int Length)> TryAdornment(string line) =>
        line.Length >= 2 && line[0] == line[1] && AdornmentChars.IndexOf(line[0]) >= 0 ? Adornment.ReadLine(line) : NotAdornment;

    /// <summary>
    /// <see cref="Adornment"/> read in one pass with no parser: whether <paramref name="line"/> is an adornment, and its
    /// character and length. Every line of an RST or Markdown file is asked this; the parser stays the definition, held to
    /// it by a differential test.
    /// </summary>
    public static bool TryRead(string line, out (char Char, int Length) adornment)
    {
        adornment = default;
        if (line.Length < 2 || line[0] != line[1] || AdornmentChars.IndexOf(line[0]) < 0)
        {
            return false;
        }

        char c = line[0];
        int run = 2;
        while (run < line.Length && line[run] == c)
        {
            run++;
        }

        for (int i = run; i < line.Length; i++)
        {
            if (line[i] != ' ' && line[i] != '\t')
            {
                return false;
            }
        }

        adornment = (c, run);
        return true;
    }

    private static readonly IResult<(char, int)> NotAdornment = Parse.Char('\0').Select(c => (c, 0)).TryParse("");
}
