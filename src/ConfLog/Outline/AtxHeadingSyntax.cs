using System.Linq;
using Sprache;

namespace ConfLog.Outline;

/// <summary>Markdown's ATX headings, one line at a time.</summary>
internal static class AtxHeadingSyntax
{
    // The marks and the text after them, built once: a LINQ query builds each later "from" parser anew on every line.
    private static readonly Parser<int> Marks = Parse.Char('#').AtLeastOnce().Select(m => m.Count()).Where(n => n <= 6);

    private static readonly Parser<string> HeadingText =
        Parse.Char(' ').Or(Parse.Char('\t')).AtLeastOnce().Then(_ => RestOfText.Any)
            .Or(Parse.Letter.Once().Text().Then(first => RestOfText.Any.Select(rest => first + rest)))
            .Or(Parse.WhiteSpace.Many().End().Return(""));

    /// <summary>
    /// A heading of one to six <c>#</c>, then a space and its text, closing hashes dropped:
    /// <c>## Software Architecture as code</c>, <c>### Title ##</c>, and <c>##Day 2</c> with no space before a letter.
    /// </summary>
    public static readonly Parser<(int Level, string Text)> Heading =
        (from indent in Parse.Char(' ').Many().Where(s => s.Count() <= 3)
         from marks in Marks
         from text in HeadingText
         select (marks, WithoutClosingHashes(text.Trim()))).Named("ATX heading");

    /// <summary>
    /// <see cref="Heading"/> read in one pass with no parser: every Markdown heading goes through this. The parser stays
    /// the definition, held to it by a differential test.
    /// </summary>
    public static bool TryRead(string line, out (int Level, string Text) heading)
    {
        heading = default;
        int at = 0;
        while (at < line.Length && line[at] == ' ')
        {
            at++;
        }

        int marks = 0;
        while (at + marks < line.Length && line[at + marks] == '#')
        {
            marks++;
        }

        if (at > 3 || marks == 0 || marks > 6)
        {
            return false;
        }

        at += marks;
        string text;
        if (at < line.Length && (line[at] == ' ' || line[at] == '\t'))
        {
            text = line.Substring(at);
        }
        else if (at < line.Length && char.IsLetter(line[at]))
        {
            text = line.Substring(at);
        }
        else
        {
            for (int i = at; i < line.Length; i++)
            {
                if (!char.IsWhiteSpace(line[i]))
                {
                    return false;
                }
            }

            text = "";
        }

        heading = (marks, WithoutClosingHashes(text.Trim()));
        return true;
    }

    private static string WithoutClosingHashes(string text)
    {
        int end = text.Length;
        while (end > 0 && text[end - 1] == '#')
        {
            end--;
        }

        // "C#" keeps its hash: closing hashes count only after a space (or when the heading is nothing else).
        return end == 0 ? "" : end < text.Length && text[end - 1] == ' ' ? text.Substring(0, end).TrimEnd() : text;
    }
}
