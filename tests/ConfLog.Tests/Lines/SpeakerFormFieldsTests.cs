using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfLog.Lines;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// What each speaker form reads from a header, field by field: the title, every speaker's name, affiliation and handle,
// and the form's name. Speakers are written "Name|Affiliation|Handle", several separated by ';', "~" for none.
public sealed class SpeakerFormFieldsTests
{
    private static readonly Dictionary<string, Parser<SpeakerHeader>> Forms = new()
    {
        [nameof(SpeakerForms.KeywordThenName)] = SpeakerForms.KeywordThenName,
        [nameof(SpeakerForms.NameThenKeyword)] = SpeakerForms.NameThenKeyword,
        [nameof(SpeakerForms.QuotedTitleByName)] = SpeakerForms.QuotedTitleByName,
        [nameof(SpeakerForms.TitleByName)] = SpeakerForms.TitleByName,
        [nameof(SpeakerForms.NameThenBracketedTitle)] = SpeakerForms.NameThenBracketedTitle,
        [nameof(SpeakerForms.BracketedTitleThenName)] = SpeakerForms.BracketedTitleThenName,
        [nameof(SpeakerForms.TitleSlashName)] = SpeakerForms.TitleSlashName,
        [nameof(SpeakerForms.NamesBarRest)] = SpeakerForms.NamesBarRest,
        [nameof(SpeakerForms.NameRoleOrganisation)] = SpeakerForms.NameRoleOrganisation,
        [nameof(SpeakerForms.TitleDashName)] = SpeakerForms.TitleDashName,
        [nameof(SpeakerForms.TitleThenNameOrganisation)] = SpeakerForms.TitleThenNameOrganisation,
        [nameof(SpeakerForms.TitleThenName)] = SpeakerForms.TitleThenName,
        [nameof(SpeakerForms.DashedFields)] = SpeakerForms.DashedFields,
        [nameof(SpeakerForms.TitleGluedName)] = SpeakerForms.TitleGluedName,
    };

    internal static Parser<SpeakerHeader> Form(string name) => Forms[name];

    internal static HeaderSpeaker[] Speakers(string written) =>
        written.Split(';').Select(s => s.Split('|')).Select(f => new HeaderSpeaker(Field(f[0]), Field(f[1]), Field(f[2]))).ToArray();

    private static string? Field(string text) => text == "~" ? null : text;

    [Theory]
    // The keyword forms: either colon, either dash; the first separator for the keyword first, the last for it last.
    [InlineData(nameof(SpeakerForms.KeywordThenName), "キーノート：Marta Kowalska", "キーノート", "Marta Kowalska|~|~", "Keynote: Name")]
    [InlineData(nameof(SpeakerForms.KeywordThenName), "Keynote – Omar Haddad", "Keynote", "Omar Haddad|~|~", "Keynote: Name")]
    [InlineData(nameof(SpeakerForms.KeywordThenName), "Keynote : Lena", "Keynote", "Lena|~|~", "Keynote: Name")]
    [InlineData(nameof(SpeakerForms.KeywordThenName), "Keynote: Ana Lopez (Acme: Labs)", "Keynote", "Ana Lopez|Acme: Labs|~", "Keynote: Name")]
    [InlineData(nameof(SpeakerForms.NameThenKeyword), "Lena：Keynote", "Keynote", "Lena|~|~", "Name: Keynote")]
    [InlineData(nameof(SpeakerForms.NameThenKeyword), "Lena: Keynote ", "Keynote", "Lena|~|~", "Name: Keynote")]
    [InlineData(nameof(SpeakerForms.NameThenKeyword), "Ana Lopez (Acme: Labs): Keynote", "Keynote", "Ana Lopez|Acme: Labs|~", "Name: Keynote")]
    // Quoted titles: straight, curly or corner quotes, the title trimmed, one word a name.
    [InlineData(nameof(SpeakerForms.QuotedTitleByName), "\"Testing\" by Lena", "Testing", "Lena|~|~", "\"Title\" by Name")]
    [InlineData(nameof(SpeakerForms.QuotedTitleByName), "“ Testing by Example ” by Priya Natarajan", "Testing by Example", "Priya Natarajan|~|~", "\"Title\" by Name")]
    [InlineData(nameof(SpeakerForms.QuotedTitleByName), "「型の話」 by Lena", "型の話", "Lena|~|~", "\"Title\" by Name")]
    // Title by Name: any case of "by", the last one among them, one word a name.
    [InlineData(nameof(SpeakerForms.TitleByName), "Scaling search By Dana Whitfield", "Scaling search", "Dana Whitfield|~|~", "Title by Name")]
    [InlineData(nameof(SpeakerForms.TitleByName), "Scaling search BY Dana Whitfield", "Scaling search", "Dana Whitfield|~|~", "Title by Name")]
    [InlineData(nameof(SpeakerForms.TitleByName), "Scaling by example By Dana Whitfield", "Scaling by example", "Dana Whitfield|~|~", "Title by Name")]
    [InlineData(nameof(SpeakerForms.TitleByName), "Scaling search by Lena", "Scaling search", "Lena|~|~", "Title by Name")]
    // A name in Chinese characters is read as a name first, so its honorific goes.
    [InlineData(nameof(SpeakerForms.TitleByName), "型の話 by 山田氏", "型の話", "山田|~|~", "Title by Name")]
    // Bracketed titles.
    [InlineData(nameof(SpeakerForms.NameThenBracketedTitle), "Lenaさん「型の話」", "型の話", "Lena|~|~", "名前さん「Title」")]
    [InlineData(nameof(SpeakerForms.NameThenBracketedTitle), "Christophersonさん「型の話」", "型の話", "Christopherson|~|~", "名前さん「Title」")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「型の話」abcdefghij", "型の話", "abcdefghij|~|~", "「Title」名前")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「型の話」サトウ", "型の話", "サトウ|~|~", "「Title」名前")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「型の話」- 田中", "型の話", "田中|~|~", "「Title」名前")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "『型の話』田中さん", "型の話", "田中|~|~", "「Title」名前")]
    // The seed's slash: full-width too, the last one, a handle kept as a handle, a one-word name with its handle.
    [InlineData(nameof(SpeakerForms.TitleSlashName), "Rustで書くOS／佐藤一郎(東北大学)", "Rustで書くOS", "佐藤一郎|東北大学|~", "Title / Name(Aff)")]
    [InlineData(nameof(SpeakerForms.TitleSlashName), "入門 / 応用 / 佐藤一郎", "入門 / 応用", "佐藤一郎|~|~", "Title / Name(Aff)")]
    [InlineData(nameof(SpeakerForms.TitleSlashName), "Talk / Kim Park(@kimpark)", "Talk", "Kim Park|~|@kimpark", "Title / Name(Aff)")]
    [InlineData(nameof(SpeakerForms.TitleSlashName), "Talk / Lena @lena", "Talk", "Lena|~|@lena", "Title / Name(Aff)")]
    // The bar: spaced either side or one, the first bar, an organisation after it given to every speaker.
    [InlineData(nameof(SpeakerForms.NamesBarRest), "Jordan Blake| Faceted search tricks", "Faceted search tricks", "Jordan Blake|~|~", "Name | Topic")]
    [InlineData(nameof(SpeakerForms.NamesBarRest), "Jordan Blake |Faceted search tricks", "Faceted search tricks", "Jordan Blake|~|~", "Name | Topic")]
    [InlineData(nameof(SpeakerForms.NamesBarRest), "Jordan Blake | Search | Ranking", "Search | Ranking", "Jordan Blake|~|~", "Name | Topic")]
    [InlineData(nameof(SpeakerForms.NamesBarRest), "Jordan Blake, Sam Ortiz | Western State University", "~",
        "Jordan Blake|Western State University|~;Sam Ortiz|Western State University|~", "Names | Organisation")]
    // Name, role, organisation: the organisation is the last part after a comma or a dash.
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ravi Menon – Staff Engineer - Datacorp", "~", "Ravi Menon|Datacorp|~", "Name - Role - Organisation")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ravi Menon - Staff Engineer, Datacorp", "~", "Ravi Menon|Datacorp|~", "Name - Role - Organisation")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ravi Menon - Staff - Engineer - Datacorp", "~", "Ravi Menon|Datacorp|~", "Name - Role - Organisation")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ines Duarte, CTO, Cloudworks", "~", "Ines Duarte|Cloudworks|~", "Name - Role - Organisation")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ines Duarte, CTO, Acme, Cloudworks", "~", "Ines Duarte|Cloudworks|~", "Name - Role - Organisation")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ines Duarte, CTO at Cloudworks", "~", "Ines Duarte|CTO at Cloudworks|~", "Name - Role - Organisation")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ines Duarte, CTO - Cloudworks", "~", "Ines Duarte|Cloudworks|~", "Name - Role - Organisation")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ines Duarte, - Datacorp", "~", "Ines Duarte|Datacorp|~", "Name - Role - Organisation")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ines Duarte, , Datacorp", "~", "Ines Duarte|Datacorp|~", "Name - Role - Organisation")]
    // Title - Name: any dash, the last one, a name title when the speaker has a handle, up to three words of name.
    [InlineData(nameof(SpeakerForms.TitleDashName), "Observability for humans – Kim Park", "Observability for humans", "Kim Park|~|~", "Title - Name(@handle)")]
    [InlineData(nameof(SpeakerForms.TitleDashName), "Observability for humans — Kim Park", "Observability for humans", "Kim Park|~|~", "Title - Name(@handle)")]
    [InlineData(nameof(SpeakerForms.TitleDashName), "Schema evolution - the hard parts - Kim Park", "Schema evolution - the hard parts", "Kim Park|~|~", "Title - Name(@handle)")]
    [InlineData(nameof(SpeakerForms.TitleDashName), "Kim Park - Ana Lopez(@ana)", "Kim Park", "Ana Lopez|~|@ana", "Title - Name(@handle)")]
    [InlineData(nameof(SpeakerForms.TitleDashName), "Observability for humans - Ana de Lopez", "Observability for humans", "Ana de Lopez|~|~", "Title - Name(@handle)")]
    // Parentheses at the end.
    [InlineData(nameof(SpeakerForms.TitleThenNameOrganisation), "Caching at the edge（Maria Santos, Fastly)", "Caching at the edge", "Maria Santos|Fastly|~", "Title (Name, Org)")]
    [InlineData(nameof(SpeakerForms.TitleThenNameOrganisation), "Caching (and more) (Maria Santos, Fastly)", "Caching (and more)", "Maria Santos|Fastly|~", "Title (Name, Org)")]
    [InlineData(nameof(SpeakerForms.TitleThenNameOrganisation), "Caching at the edge (Maria Santos, Fastly, Tokyo)", "Caching at the edge", "Maria Santos|Fastly, Tokyo|~", "Title (Name, Org)")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "型レベル計算の基礎 （鈴木さん）", "型レベル計算の基礎", "鈴木|~|~", "Title (Name)")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "型レベル計算の基礎 (鈴木さん）", "型レベル計算の基礎", "鈴木|~|~", "Title (Name)")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "Caching (and more) (Jane Doe)", "Caching (and more)", "Jane Doe|~|~", "Title (Name)")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "Caching at the edge (@maria)", "Caching at the edge", "~|~|@maria", "Title (Name)")]
    // White space after the closing parenthesis is not part of the speaker.
    [InlineData(nameof(SpeakerForms.TitleThenNameOrganisation), "Caching at the edge (Maria Santos, Fastly) ", "Caching at the edge", "Maria Santos|Fastly|~", "Title (Name, Org)")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "Caching at the edge (Jane Doe) ", "Caching at the edge", "Jane Doe|~|~", "Title (Name)")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "型レベル計算の基礎 (鈴木さん） ", "型レベル計算の基礎", "鈴木|~|~", "Title (Name)")]
    [InlineData(nameof(SpeakerForms.TitleGluedName), "話(Akira) ", "話", "Akira|~|~", "Title(Name)")]
    // Dashed fields in any order, with any of the three separators; no title when every field is a name, handle or URL.
    [InlineData(nameof(SpeakerForms.DashedFields), "Kim Park – @kimpark – Observability for humans", "Observability for humans", "Kim Park|~|@kimpark", "Name - @handle - Title - URL")]
    [InlineData(nameof(SpeakerForms.DashedFields), "Kim Park | @kimpark | Observability for humans", "Observability for humans", "Kim Park|~|@kimpark", "Name - @handle - Title - URL")]
    [InlineData(nameof(SpeakerForms.DashedFields), "Kim Park - Observability for humans - https://example.org/slides", "Observability for humans", "Kim Park|~|~", "Name - @handle - Title - URL")]
    [InlineData(nameof(SpeakerForms.DashedFields), "Kim Park - @kimpark - http://example.org/slides", "~", "Kim Park|~|@kimpark", "Name - @handle - Title - URL")]
    [InlineData(nameof(SpeakerForms.DashedFields), "https://example.org/slides - Observability for humans - @kimpark - Kim Park", "Observability for humans", "Kim Park|~|@kimpark", "Name - @handle - Title - URL")]
    [InlineData(nameof(SpeakerForms.DashedFields), "Kim Park - @kimpark - Observability - for humans", "Observability - for humans", "Kim Park|~|@kimpark", "Name - @handle - Title - URL")]
    // A lightning talk's glued name: the last parenthesis, two to twenty Latin letters.
    [InlineData(nameof(SpeakerForms.TitleGluedName), "話(その1)(Akira)", "話(その1)", "Akira|~|~", "Title(Name)")]
    [InlineData(nameof(SpeakerForms.TitleGluedName), "話(Ak)", "話", "Ak|~|~", "Title(Name)")]
    [InlineData(nameof(SpeakerForms.TitleGluedName), "話(Abcdefghijklmnopqrst)", "話", "Abcdefghijklmnopqrst|~|~", "Title(Name)")]
    public void A_form_reads_the_title_and_every_field_of_every_speaker(string form, string header, string title, string speakers, string formName)
    {
        var read = Forms[form].End().Parse(header);

        read.Title.Should().Be(Field(title));
        read.Speakers.Should().Equal(Speakers(speakers));
        read.Form.Should().Be(formName);
    }

    [Theory]
    [InlineData("鈴木さん「型レベルプログラミング入門」", "名前さん「Title」")]
    [InlineData("「非同期処理の落とし穴」田中", "「Title」名前")]
    [InlineData("『非同期処理の落とし穴』田中", "「Title」名前")]
    [InlineData("Jordan Blake | Faceted search tricks", "Name | Topic")]
    [InlineData("Caching at the edge (Maria Santos, Fastly)", "Title (Name, Org)")]
    [InlineData("入門／応用 / 佐藤一郎", "Title / Name(Aff)")]
    public void Any_header_tries_each_form_on_the_headers_that_hold_its_mark(string header, string form)
    {
        SpeakerForms.AnyHeader.End().Parse(header).Form.Should().Be(form);
    }

    [Fact]
    public void A_header_that_opens_with_a_dash_keeps_it_in_its_title()
    {
        // The only dash at the start cannot split a header (nothing is before it); the last dash splits it.
        var read = SpeakerForms.AnyHeader.End().Parse(" - Observability for humans - Kim Park(@kimpark)");

        read.Form.Should().Be("Title - Name(@handle)");
        read.Title.Should().Be("- Observability for humans");
        read.Speakers.Should().Equal(new HeaderSpeaker("Kim Park", null, "@kimpark"));
    }

    [Fact]
    public void A_form_after_a_prefix_splits_only_the_rest_of_the_line()
    {
        // The title starts after the user's "3. ", so the split is made in the rest, not in the whole line.
        var numbered =
            from number in Parse.Digit.AtLeastOnce().Text()
            from dot in Parse.String(". ")
            from header in SpeakerForms.TitleByName
            select (Number: int.Parse(number, CultureInfo.InvariantCulture), Header: header);

        var read = numbered.End().Parse("3. Scaling search by Dana Whitfield");

        read.Number.Should().Be(3);
        read.Header.Title.Should().Be("Scaling search");
        read.Header.Speakers.Should().Equal(new HeaderSpeaker("Dana Whitfield", null, null));
    }

    [Theory]
    [InlineData("キーボード配列を変える話(Akira)", "キーボード配列を変える話")]
    [InlineData("(LT)話(Akira)", "(LT)話")]
    public void Reading_with_chosen_forms_tries_those_forms(string header, string title)
    {
        // The glued-name form is not among All: only a caller who names it gets it.
        SpeakerForms.Read(header).Should().BeNull();

        var read = SpeakerForms.Read(header, new[] { SpeakerForms.TitleGluedName });

        read.Should().NotBeNull();
        read!.Title.Should().Be(title);
        read.Speakers.Should().Equal(new HeaderSpeaker("Akira", null, null));
    }
}
