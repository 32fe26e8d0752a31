using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Reading;
using Sprache;

namespace ConfLog.Lines;

// As in src/ConfLog/Reading: this code also compiles for netstandard2.0, which has no string.Contains(char) or
// EndsWith(char); the separator arrays are small and the texts are short headers.
#pragma warning disable CA1865, CA2249, CA1861

/// <summary>
/// The speaker forms of real notes' talk headers: each a Sprache parser over a header's text (markup already removed:
/// <c>Scaling search by Dana Whitfield</c>, not <c>### **Scaling search** by Dana Whitfield</c>) that reads the title and the
/// speakers into a <see cref="SpeakerHeader"/>, telling a name, a handle, a URL, an organisation and a title apart by their
/// form, never by a list of known people. Each reads the whole text or fails where it started, its name in the
/// failure's expectations, so forms compose with <c>Or</c>; <see cref="AnyHeader"/> tries <see cref="All"/> in order of trust.
/// The reader of real notes uses these parsers for headings, lines and bullets.
/// </summary>
public static class SpeakerForms
{
    // The pieces the forms read after their first step. A LINQ query builds each later "from" parser anew every time the
    // step before it succeeds, so they are built here once: every heading of a file is tried against every form.
    private static readonly Parser<IEnumerable<char>> Blanks = Parse.Chars(" \t").Many();

    private static readonly Parser<string> By = Parse.IgnoreCase("by").Text();

    private static readonly Parser<IEnumerable<char>> Gap = Parse.Chars(" \t").AtLeastOnce();

    private static readonly Parser<IEnumerable<char>> ByWord = Blanks.Then(_ => By).Then(_ => Gap);

    private static readonly Parser<string> QuotedText = Parse.CharExcept("\"”」』").AtLeastOnce().Text();

    private static readonly Parser<char> CloseQuote = Parse.Chars("\"”」』");

    private static readonly Parser<char> OpenBracket = Parse.Chars("「『");

    private static readonly Parser<string> BracketedText = Parse.CharExcept("」』").AtLeastOnce().Text();

    private static readonly Parser<char> CloseBracket = Parse.Chars("」』");

    private static readonly Parser<IEnumerable<char>> CloseBracketAtEnd = CloseBracket.Then(_ => Blanks).End();

    private static readonly Parser<string> RestOfText = Parse.AnyChar.AtLeastOnce().Text();

    private static readonly Parser<string> NameBeforeBracket = Parse.CharExcept("「『 ").AtLeastOnce().Text();

    // Succeeds, reading nothing, when one of the marks is somewhere ahead: a form that needs a bracket is not tried
    // character by character over the many headers and lines that have none.
    private static Parser<int> Holding(params char[] marks)
    {
        string message = "no " + new string(marks);
        string[] expected = { new string(marks) };
        return input =>
        {
            int at = input.Source.IndexOfAny(marks, input.Position);
            return at >= 0 ? Result.Success(at, input) : Result.Failure<int>(input, message, expected);
        };
    }

    /// <summary><c>Keynote: Marta Kowalska</c>, <c>キーノート: Name</c>, <c>Keynote - Omar Haddad</c>: the keyword is the title.</summary>
    public static readonly Parser<SpeakerHeader> KeywordThenName =
        (from parts in SplitAt(new[] { ": ", "：", " - ", " – " }, last: false)
         where HeadingWords.IsKeynote(parts.Left)
         let speakers = SpeakerText.ReadList(parts.Right, single: true)
         where speakers is not null
         select new SpeakerHeader(parts.Left.Trim(), speakers, "Keynote: Name")).Named("Keynote: Name");

    /// <summary><c>Lena: Keynote</c>: the reversed keyword form.</summary>
    public static readonly Parser<SpeakerHeader> NameThenKeyword =
        (from parts in SplitAt(new[] { ": ", "：" }, last: true)
         where HeadingWords.IsKeynote(parts.Right)
         let speakers = SpeakerText.ReadList(parts.Left, single: true)
         where speakers is not null
         select new SpeakerHeader(parts.Right.Trim(), speakers, "Name: Keynote")).Named("Name: Keynote");

    /// <summary><c>"Testing by Example" by Priya Natarajan</c>: a quoted title (a <c>by</c> inside it is the title's).</summary>
    public static readonly Parser<SpeakerHeader> QuotedTitleByName =
        (from open in Parse.Chars("\"“「『")
         from title in QuotedText
         from close in CloseQuote
         from byWord in ByWord
         from names in RestOfText
         let speakers = SpeakerText.ReadList(names, single: true)
         where speakers is not null
         select new SpeakerHeader(title.Trim(), speakers, "\"Title\" by Name")).Named("\"Title\" by Name");

    /// <summary>
    /// <c>Title by Name</c>, <c>Title by A and B</c>, <c>Title by 佐藤花子</c>: split at the last <c> by </c>, the right side all
    /// names (or one name in Chinese characters, which needs no honorific).
    /// </summary>
    public static readonly Parser<SpeakerHeader> TitleByName =
        (from parts in SplitAt(new[] { " by ", " By ", " BY " }, last: true)
         let speakers = SpeakerText.ReadList(parts.Right, single: true)
             ?? (NameForm.IsHanName(parts.Right) ? new List<HeaderSpeaker> { new(parts.Right.Trim(), null, null) } : null)
         where speakers is not null && parts.Left.Trim().Length > 0
         select new SpeakerHeader(parts.Left.Trim(), speakers, "Title by Name")).Named("Title by Name");

    /// <summary><c>名前さん「Title」</c>: a name with an honorific, then the bracketed title.</summary>
    public static readonly Parser<SpeakerHeader> NameThenBracketedTitle =
        (from bracket in Holding('「', '『')
         from name in NameBeforeBracket
         from open in OpenBracket
         from title in BracketedText
         from close in CloseBracketAtEnd
         where NameForm.HasHonorific(name.Trim())
         let speaker = SpeakerText.Read(name, single: true)
         where speaker is not null
         select new SpeakerHeader(title, new[] { speaker }, "名前さん「Title」")).Named("名前さん「Title」");

    /// <summary><c>「Title」名前</c>: the bracketed title, then a short name.</summary>
    public static readonly Parser<SpeakerHeader> BracketedTitleThenName =
        (from open in Parse.Chars("「『")
         from title in BracketedText
         from close in CloseBracket
         from name in RestOfText
         let trimmed = name.Trim().Trim('-', '/', '：', ':').Trim()
         where (trimmed.Length is > 0 and <= 10 && trimmed.IndexOf(' ') < 0 && !(trimmed[0] >= '\u3040' && trimmed[0] <= '\u309f')) || NameForm.IsName(trimmed)
         select new SpeakerHeader(title, new[] { new HeaderSpeaker(NameForm.WithoutHonorific(trimmed), null, null) }, "「Title」名前")).Named("「Title」名前");

    /// <summary><c>Title / Name(Aff)</c>: the seed's form, the speakers after the last slash.</summary>
    public static readonly Parser<SpeakerHeader> TitleSlashName =
        (from parts in SplitAt(new[] { " / ", "／" }, last: true)
         let speakers = SpeakerText.ReadList(parts.Right, single: true) ?? SpeakerText.ReadPositional(parts.Right)
         where speakers is not null && parts.Left.Trim().Length > 0
         select new SpeakerHeader(parts.Left.Trim(), speakers, "Title / Name(Aff)")).Named("Title / Name(Aff)");

    /// <summary>
    /// <c>Names | Organisation</c> or <c>Name | Topic</c>: names before the bar; after it an organisation (by its words) or
    /// else the title.
    /// </summary>
    public static readonly Parser<SpeakerHeader> NamesBarRest =
        (from parts in SplitAt(new[] { " | ", "| ", " |" }, last: false)
         let speakers = SpeakerText.ReadList(parts.Left, single: false)
         where speakers is not null
         let right = parts.Right.Trim()
         let org = HeaderForms.IsOrganisation(right)
         select new SpeakerHeader(org ? null : right, org ? speakers.Select(s => s with { Affiliation = right }).ToList() : speakers,
             org ? "Names | Organisation" : "Name | Topic")).Named("Names | Rest");

    /// <summary>
    /// <c>Ravi Menon - Staff Engineer - Datacorp</c>, <c>Ines Duarte, CTO, Cloudworks</c>: a name, then a role and an organisation; the
    /// header names only the presenter, the organisation is the last part.
    /// </summary>
    public static readonly Parser<SpeakerHeader> NameRoleOrganisation =
        (from parts in SplitAt(new[] { " - ", " – ", ", " }, last: false)
         where NameForm.IsName(parts.Left) && parts.Right.Trim().Length > 0
         where parts.Separator == ", " || parts.Right.IndexOf(" - ", StringComparison.Ordinal) > 0 || parts.Right.IndexOf(", ", StringComparison.Ordinal) > 0
         let org = LastPart(parts.Right)
         select new SpeakerHeader(null, new[] { new HeaderSpeaker(parts.Left.Trim(), org, null) }, "Name - Role - Organisation"))
        .Named("Name - Role - Organisation");

    /// <summary><c>Title - Name(@handle)</c>, <c>Title - Name</c>: a speaker after the last dash, when the title is not a name too.</summary>
    public static readonly Parser<SpeakerHeader> TitleDashName =
        (from parts in SplitAt(new[] { " - ", " – ", " — " }, last: true)
         let speaker = SpeakerText.Read(parts.Right, single: false)
         where speaker is not null && (speaker.Handle is not null || (!NameForm.IsName(parts.Left) && WordCount(parts.Right) <= 3))
         select new SpeakerHeader(parts.Left.Trim(), new[] { speaker }, "Title - Name(@handle)")).Named("Title - Name(@handle)");

    /// <summary><c>Title (Name, Org)</c>: a parenthesis at the end that opens with a name and a comma.</summary>
    public static readonly Parser<SpeakerHeader> TitleThenNameOrganisation =
        (from parts in SplitAt(new[] { " (", "（" }, last: true)
         let inner = parts.Right.TrimEnd().TrimEnd(')', '）')
         let comma = inner.IndexOf(", ", StringComparison.Ordinal)
         where comma > 0 && parts.Right.TrimEnd().EndsWith(")", StringComparison.Ordinal) && NameForm.IsName(inner.Substring(0, comma))
         select new SpeakerHeader(parts.Left.Trim(), new[] { new HeaderSpeaker(inner.Substring(0, comma).Trim(), inner.Substring(comma + 2).Trim(), null) },
             "Title (Name, Org)")).Named("Title (Name, Org)");

    /// <summary>
    /// <c>Title (Jane Doe)</c>, <c>タイトル (鈴木さん)</c>: a parenthesis after a space at the end that holds only a name of two
    /// words or more, or one with an honorific.
    /// </summary>
    public static readonly Parser<SpeakerHeader> TitleThenName =
        (from parts in SplitAt(new[] { " (", " （" }, last: true)
         let inner = parts.Right.TrimEnd().TrimEnd(')', '）').Trim()
         where (parts.Right.TrimEnd().EndsWith(")", StringComparison.Ordinal) || parts.Right.TrimEnd().EndsWith("）", StringComparison.Ordinal))
             && parts.Left.Trim().Length > 0 && inner.IndexOf('(') < 0
         let speakers = SpeakerText.ReadList(inner, single: false)
         where speakers is not null && speakers.All(s => s.Name is not null && s.Handle is null || s.Name is null)
         select new SpeakerHeader(parts.Left.Trim(), speakers, "Title (Name)")).Named("Title (Name)");

    /// <summary>
    /// <c>Name - @handle - Title - URL</c>, the fields in any order: a handle and a URL told by their form, a name by its form,
    /// the rest the title. Needs a handle or a URL, so that a title with dashes is not taken for it.
    /// </summary>
    public static readonly Parser<SpeakerHeader> DashedFields =
        (from parts in SplitAt(new[] { " - ", " – ", " | " }, last: false)
         let fields = (parts.Left + parts.Separator + parts.Right).Split(new[] { " - ", " – ", " | " }, StringSplitOptions.RemoveEmptyEntries)
             .Select(f => f.Trim()).Where(f => f.Length > 0).ToList()
         where fields.Count >= 3
         let handle = fields.FirstOrDefault(NameForm.IsHandle)
         let url = fields.FirstOrDefault(f => f.StartsWith("http://", StringComparison.Ordinal) || f.StartsWith("https://", StringComparison.Ordinal))
         where handle is not null || url is not null
         let name = fields.FirstOrDefault(f => f != handle && f != url && NameForm.IsName(f))
         where name is not null
         let title = fields.Where(f => f != handle && f != url && f != name).ToList()
         select new SpeakerHeader(title.Count == 0 ? null : string.Join(" - ", title), new[] { new HeaderSpeaker(name, null, handle) },
             "Name - @handle - Title - URL")).Named("Name - @handle - Title - URL");

    /// <summary>
    /// A lightning talk's <c>Title(Name)</c>: one Latin word in a parenthesis glued to the end of the title
    /// (<c>キーボード配列を変える話(Akira)</c>).
    /// </summary>
    public static readonly Parser<SpeakerHeader> TitleGluedName =
        (from parts in SplitAt(new[] { "(" }, last: true)
         let inner = parts.Right.TrimEnd().TrimEnd(')')
         where parts.Right.TrimEnd().EndsWith(")", StringComparison.Ordinal) && parts.Left.Length > 0 && !char.IsWhiteSpace(parts.Left[parts.Left.Length - 1])
         where inner.Length is >= 2 and <= 20 && inner.All(c => c < 128 && char.IsLetter(c))
         select new SpeakerHeader(parts.Left.Trim(), new[] { new HeaderSpeaker(inner, null, null) }, "Title(Name)")).Named("Title(Name)");

    /// <summary>
    /// The forms <see cref="AnyHeader"/> tries, in order of trust: the keyword and bracket forms first, whose marks are
    /// rarely anything else, and the bare dash last. (<see cref="TitleGluedName"/> is not among them: it is for bullets.)
    /// </summary>
    public static readonly IReadOnlyList<Parser<SpeakerHeader>> All = new[]
    {
        KeywordThenName, NameThenKeyword, QuotedTitleByName, NameThenBracketedTitle, BracketedTitleThenName, TitleByName, TitleSlashName,
        DashedFields, NamesBarRest, NameRoleOrganisation, TitleThenNameOrganisation, TitleThenName, TitleDashName,
    };

    private static readonly char[] Brackets = { '「', '『' };

    // What each form cannot read without: its separator, its opening mark. A Sprache parse that fails still allocates an
    // input, a message and a result (some 800 bytes), and every line of a plain file and every heading is tried against
    // the forms; a form is tried only when the text has what it needs.
    private static readonly Dictionary<Parser<SpeakerHeader>, Func<string, bool>> Needs = new()
    {
        [KeywordThenName] = t => HasAny(t, ": ", "：", " - ", " – "),
        [NameThenKeyword] = t => HasAny(t, ": ", "："),
        [QuotedTitleByName] = t => t.Length > 0 && "\"“「『".IndexOf(t[0]) >= 0,
        [TitleByName] = t => HasAny(t, " by ", " By ", " BY "),
        [NameThenBracketedTitle] = t => t.IndexOfAny(Brackets) >= 0,
        [BracketedTitleThenName] = t => t.Length > 0 && (t[0] == '「' || t[0] == '『'),
        [TitleSlashName] = t => HasAny(t, " / ", "／"),
        [NamesBarRest] = t => t.IndexOf('|') >= 0,
        [NameRoleOrganisation] = t => HasAny(t, " - ", " – ", ", "),
        [TitleDashName] = t => HasAny(t, " - ", " – ", " — "),
        [TitleThenNameOrganisation] = t => HasAny(t, " (", "（"),
        [TitleThenName] = t => HasAny(t, " (", " （"),
        [DashedFields] = t => HasAny(t, " - ", " – ", " | "),
        [TitleGluedName] = t => t.IndexOf('(') >= 0,
    };

    private static bool HasAny(string text, params string[] separators)
    {
        foreach (string s in separators)
        {
            if (text.IndexOf(s, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Any of the speaker forms, the first of <see cref="All"/> that reads the text: <c>Observability for humans - Kim Park(@kimpark)</c>
    /// is read by <see cref="TitleDashName"/>. A form is tried only when the text holds its separator or opening mark.
    /// </summary>
    public static readonly Parser<SpeakerHeader> AnyHeader = new Parser<SpeakerHeader>(input =>
    {
        string text = input.Position == 0 ? input.Source : input.Source.Substring(input.Position);
        return Read(text) is { } header
            ? Result.Success(header, AtEnd(input))
            : Result.Failure<SpeakerHeader>(input, "no speaker form reads the header", Array.Empty<string>());
    }).Named("a talk header with its speakers");

    /// <summary>The first header form that reads <paramref name="text"/>, or null.</summary>
    internal static SpeakerHeader? Read(string text, IReadOnlyList<Parser<SpeakerHeader>>? forms = null)
    {
        foreach (var form in forms ?? All)
        {
            if (Needs.TryGetValue(form, out var needs) && !needs(text))
            {
                continue;
            }

            var r = form.ReadLine(text);
            if (r.WasSuccessful)
            {
                return r.Value;
            }
        }

        return null;
    }

    private static string LastPart(string text)
    {
        int at = Math.Max(text.LastIndexOf(", ", StringComparison.Ordinal), text.LastIndexOf(" - ", StringComparison.Ordinal));
        return (at < 0 ? text : text.Substring(at + 2)).Trim().TrimStart('-').Trim();
    }

    private static int WordCount(string text) => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

    // Past the end of the header: a form reads all of it. One step, since walking Sprache's input to the end allocates an
    // input per character, and every heading of a file goes through these forms.
    private static LineInput AtEnd(IInput input) => new LineInput(input.Source, input.Source.Length);

    // The whole input split at the first (or last) of the separators, as one Sprache step. Every form opens with it and
    // nothing follows it, so it reads to the end of the header.
    private static Parser<(string Left, string Right, string Separator)> SplitAt(string[] separators, bool last) => input =>
    {
        string rest = input.Position == 0 ? input.Source : input.Source.Substring(input.Position);
        int best = -1;
        string sep = "";
        foreach (string s in separators)
        {
            int at = last ? rest.LastIndexOf(s, StringComparison.Ordinal) : rest.IndexOf(s, StringComparison.Ordinal);
            if (at > 0 && (best < 0 || (last ? at > best : at < best)))
            {
                best = at;
                sep = s;
            }
        }

        if (best < 0)
        {
            return Result.Failure<(string, string, string)>(input, "no separator", separators);
        }

        return Result.Success((rest.Substring(0, best), rest.Substring(best + sep.Length), sep), AtEnd(input));
    };
}
