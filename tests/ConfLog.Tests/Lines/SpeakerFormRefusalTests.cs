using ConfLog.Lines;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// What each speaker form refuses, beside what it reads (SpeakerFormFieldsTests), and how it says so.
public sealed class SpeakerFormRefusalTests
{
    [Theory]
    // Nothing before the separator is no title.
    [InlineData(nameof(SpeakerForms.TitleByName), "  by Dana Whitfield")]
    [InlineData(nameof(SpeakerForms.TitleSlashName), "  / 佐藤一郎")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "  (Jane Doe)")]
    // One word is a name only where the form says so: not before a bar, not after a dash, not alone in parentheses.
    [InlineData(nameof(SpeakerForms.NamesBarRest), "Jordan | Faceted search tricks")]
    [InlineData(nameof(SpeakerForms.TitleDashName), "Observability for humans - Lena")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "Caching at the edge (Jane)")]
    // Name, role, organisation needs a role and an organisation after the name.
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ines Duarte,  ")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ravi Menon - Staff Engineer")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ravi Menon -  - Datacorp")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ravi Menon - , Datacorp")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ravi Menon -  - Staff - Datacorp")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Ravi Menon - , Staff, Datacorp")]
    // Title - Name: a name before the dash needs a handle after it; a name of four words is a title.
    [InlineData(nameof(SpeakerForms.TitleDashName), "Kim Park - Ana Lopez")]
    [InlineData(nameof(SpeakerForms.TitleDashName), "Observability for humans - Ana Maria de Lopez")]
    // Title (Name, Org) closes with an ASCII parenthesis and needs the comma.
    [InlineData(nameof(SpeakerForms.TitleThenNameOrganisation), "Caching at the edge (Maria Santos, Fastly）")]
    [InlineData(nameof(SpeakerForms.TitleThenNameOrganisation), "Caching at the edge (Maria Santos)")]
    // Title (Name): closed, and names without handles (or handles alone).
    [InlineData(nameof(SpeakerForms.TitleThenName), "Caching at the edge (Jane Doe")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "Caching at the edge (Jane Doe @jane)")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "Caching at the edge (Jane Doe, Ann Lee @ann)")]
    // 「Title」名前: a short name of one word that does not open with hiragana.
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「型の話」abcdefghijk")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「型の話」ab cd")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「型の話」さとう")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「型の話」\u3040x")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「型の話」\u309fx")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「型の話」 - ")]
    // Dashed fields: three fields at least, a blank one not counted; a handle or URL and a name among them; not opened
    // by a separator, which leaves no first field.
    [InlineData(nameof(SpeakerForms.DashedFields), "Kim Park -   - @kimpark")]
    [InlineData(nameof(SpeakerForms.DashedFields), "Kim Park - @kimpark")]
    [InlineData(nameof(SpeakerForms.DashedFields), " - Kim Park - @kimpark - Observability for humans")]
    [InlineData(nameof(SpeakerForms.DashedFields), "@kimpark - Observability for humans - https://example.org/slides")]
    // Title(Name): closed, glued to the title, two to twenty ASCII letters.
    [InlineData(nameof(SpeakerForms.TitleGluedName), "話(Akira")]
    [InlineData(nameof(SpeakerForms.TitleGluedName), "Talk (Akira)")]
    [InlineData(nameof(SpeakerForms.TitleGluedName), "話(A)")]
    [InlineData(nameof(SpeakerForms.TitleGluedName), "話(Abcdefghijklmnopqrstu)")]
    [InlineData(nameof(SpeakerForms.TitleGluedName), "話(Akira1)")]
    [InlineData(nameof(SpeakerForms.TitleGluedName), "話(Ａｋｉｒａ)")]
    public void A_form_refuses_a_header_not_of_its_form(string form, string header)
    {
        var result = SpeakerFormFieldsTests.Form(form).End().TryParse(header);

        result.WasSuccessful.Should().BeFalse();
        result.Remainder.Position.Should().Be(0);
    }

    [Theory]
    [InlineData(nameof(SpeakerForms.KeywordThenName), "Keynote: Name")]
    [InlineData(nameof(SpeakerForms.NameThenKeyword), "Name: Keynote")]
    [InlineData(nameof(SpeakerForms.TitleByName), "Title by Name")]
    [InlineData(nameof(SpeakerForms.TitleSlashName), "Title / Name(Aff)")]
    [InlineData(nameof(SpeakerForms.NamesBarRest), "Names | Rest")]
    [InlineData(nameof(SpeakerForms.NameRoleOrganisation), "Name - Role - Organisation")]
    [InlineData(nameof(SpeakerForms.TitleDashName), "Title - Name(@handle)")]
    [InlineData(nameof(SpeakerForms.TitleThenNameOrganisation), "Title (Name, Org)")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "Title (Name)")]
    [InlineData(nameof(SpeakerForms.DashedFields), "Name - @handle - Title - URL")]
    [InlineData(nameof(SpeakerForms.TitleGluedName), "Title(Name)")]
    public void A_form_that_finds_no_separator_says_so_and_names_itself(string form, string name)
    {
        var result = SpeakerFormFieldsTests.Form(form).TryParse("Conference Details");

        result.WasSuccessful.Should().BeFalse();
        result.Message.Should().Be("no separator");
        result.Expectations.Should().Equal(name);
        result.Remainder.Position.Should().Be(0);
    }

    [Theory]
    [InlineData(nameof(SpeakerForms.QuotedTitleByName), "\"Title\" by Name")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「Title」名前")]
    public void A_form_that_opens_with_a_mark_names_itself_where_the_mark_is_missing(string form, string name)
    {
        var result = SpeakerFormFieldsTests.Form(form).TryParse("Conference Details");

        result.WasSuccessful.Should().BeFalse();
        result.Expectations.Should().Equal(name);
        result.Remainder.Position.Should().Be(0);
    }

    [Fact]
    public void A_name_then_bracketed_title_with_no_bracket_says_which_brackets_it_needs()
    {
        var result = SpeakerForms.NameThenBracketedTitle.TryParse("Keynote: Lena");

        result.WasSuccessful.Should().BeFalse();
        result.Message.Should().Be("no 「『");
        result.Expectations.Should().Equal("名前さん「Title」");
    }

    [Fact]
    public void A_name_then_bracketed_title_that_opens_with_its_bracket_has_no_name()
    {
        // The bracket is there (at the start), so the form goes on to the name, and finds the bracket instead.
        var result = SpeakerForms.NameThenBracketedTitle.TryParse("「型の話」田中");

        result.WasSuccessful.Should().BeFalse();
        result.Message.Should().Be("unexpected '「'");
        result.Expectations.Should().Equal("名前さん「Title」");
        result.Remainder.Position.Should().Be(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Conference Details")]
    public void Any_header_fails_naming_what_it_wanted(string header)
    {
        var result = SpeakerForms.AnyHeader.TryParse(header);

        result.WasSuccessful.Should().BeFalse();
        result.Message.Should().Be("no speaker form reads the header");
        result.Expectations.Should().Equal("a talk header with its speakers");
    }
}
