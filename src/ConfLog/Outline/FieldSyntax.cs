using Sprache;

namespace ConfLog.Outline;

/// <summary>Metadata lines: a key and its value.</summary>
internal static class FieldSyntax
{
    // The keys, built once: a LINQ query builds each later "from" parser anew on every line it reads.
    private static readonly Parser<string> FieldKey = Parse.CharExcept(":\n").AtLeastOnce().Text();

    private static readonly Parser<string> KeywordKey = Parse.CharExcept(":\n ").AtLeastOnce().Text();

    /// <summary>An RST field: <c>:開催日: 2019/3/9</c>, <c>:author: Suzuki</c>.</summary>
    public static readonly Parser<(string Key, string Value)> RstField =
        (from open in Parse.Char(':')
         from key in FieldKey
         from close in Parse.Char(':')
         from value in RestOfText.Any
         select (key.Trim(), value.Trim())).Named("RST field");

    /// <summary>An org keyword: <c>#+TITLE: Notes</c>.</summary>
    public static readonly Parser<(string Key, string Value)> OrgKeyword =
        (from open in Parse.String("#+")
         from key in KeywordKey
         from close in Parse.Char(':')
         from value in RestOfText.Any
         select (key, value.Trim())).Named("org keyword");

    /// <summary>A YAML front matter entry: <c>title: Meetup notes</c>.</summary>
    public static readonly Parser<(string Key, string Value)> YamlEntry =
        (from key in Parse.CharExcept(":\n").AtLeastOnce().Text()
         from colon in Parse.Char(':')
         from value in RestOfText.Any
         select (key.Trim(), value.Trim())).Named("front matter entry");
}
