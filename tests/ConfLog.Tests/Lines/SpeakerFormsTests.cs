using System.Collections.Generic;
using System.Linq;
using ConfLog.Lines;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// The public speaker forms, each on a header as people write it, and as a user combines them.
public sealed class SpeakerFormsTests
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

    [Theory]
    [InlineData(nameof(SpeakerForms.KeywordThenName), "Keynote: Marta Kowalska", "Keynote", "Marta Kowalska")]
    [InlineData(nameof(SpeakerForms.NameThenKeyword), "Lena: Keynote", "Keynote", "Lena")]
    [InlineData(nameof(SpeakerForms.QuotedTitleByName), "\"Testing by Example\" by Priya Natarajan", "Testing by Example", "Priya Natarajan")]
    [InlineData(nameof(SpeakerForms.TitleByName), "Profiling by sampling by Ana Lopez and Wei Chen", "Profiling by sampling", "Ana Lopez|Wei Chen")]
    [InlineData(nameof(SpeakerForms.NameThenBracketedTitle), "鈴木さん「型レベルプログラミング入門」", "型レベルプログラミング入門", "鈴木")]
    [InlineData(nameof(SpeakerForms.BracketedTitleThenName), "「非同期処理の落とし穴」田中", "非同期処理の落とし穴", "田中")]
    [InlineData(nameof(SpeakerForms.TitleSlashName), "Rustで書くOS / 佐藤一郎(東北大学)", "Rustで書くOS", "佐藤一郎")]
    [InlineData(nameof(SpeakerForms.NamesBarRest), "Jordan Blake | Faceted search tricks", "Faceted search tricks", "Jordan Blake")]
    [InlineData(nameof(SpeakerForms.TitleDashName), "Observability for humans - Kim Park(@kimpark)", "Observability for humans", "Kim Park")]
    [InlineData(nameof(SpeakerForms.TitleThenNameOrganisation), "Caching at the edge (Maria Santos, Fastly)", "Caching at the edge", "Maria Santos")]
    [InlineData(nameof(SpeakerForms.TitleThenName), "型レベル計算の基礎 (鈴木さん)", "型レベル計算の基礎", "鈴木")]
    [InlineData(nameof(SpeakerForms.DashedFields), "Kim Park - @kimpark - Observability for humans - https://example.org/slides", "Observability for humans", "Kim Park")]
    [InlineData(nameof(SpeakerForms.TitleGluedName), "キーボード配列を変える話(Akira)", "キーボード配列を変える話", "Akira")]
    public void Each_speaker_form_reads_its_header_to_the_end(string form, string header, string title, string names)
    {
        var read = Forms[form].End().Parse(header);

        read.Title.Should().Be(title);
        read.Speakers.Select(s => s.Name).Should().Equal(names.Split('|'));
    }

    [Fact]
    public void A_name_role_organisation_header_gives_the_presenter_and_the_organisation_but_no_title()
    {
        var read = SpeakerForms.NameRoleOrganisation.Parse("Ravi Menon - Staff Engineer - Datacorp");

        read.Title.Should().BeNull();
        read.Speakers.Should().Equal(new HeaderSpeaker("Ravi Menon", "Datacorp", null));
        read.Form.Should().Be("Name - Role - Organisation");
    }

    [Fact]
    public void The_handle_and_the_affiliation_are_parts_of_the_speaker()
    {
        SpeakerForms.TitleDashName.Parse("Observability for humans - Kim Park(@kimpark)").Speakers
            .Should().Equal(new HeaderSpeaker("Kim Park", null, "@kimpark"));
        SpeakerForms.TitleThenNameOrganisation.Parse("Caching at the edge (Maria Santos, Fastly)").Speakers
            .Should().Equal(new HeaderSpeaker("Maria Santos", "Fastly", null));
    }

    [Fact]
    public void A_form_that_does_not_read_a_header_fails_where_it_started_and_names_itself()
    {
        var result = SpeakerForms.TitleByName.TryParse("Scaling search at a small library");

        result.WasSuccessful.Should().BeFalse();
        result.Remainder.Position.Should().Be(0);
        result.Expectations.Should().Equal("Title by Name");
    }

    [Fact]
    public void A_failed_parse_reports_the_form_and_the_column()
    {
        var parse = () => SpeakerForms.NameThenBracketedTitle.Parse("型レベルプログラミング入門");

        parse.Should().Throw<ParseException>()
            .Where(e => e.Message.Contains("名前さん「Title」") && e.Position.Column == 1);
    }

    [Fact]
    public void A_title_whose_dash_is_its_own_is_not_a_title_and_a_speaker()
    {
        SpeakerForms.TitleDashName.TryParse("Schema Evolution - The Hard Parts").WasSuccessful.Should().BeFalse();
    }

    [Fact]
    public void Two_forms_combined_with_or_read_what_either_reads()
    {
        var byOrDash = SpeakerForms.TitleByName.Or(SpeakerForms.TitleDashName).End();

        byOrDash.Parse("Scaling search by Dana Whitfield").Form.Should().Be("Title by Name");
        byOrDash.Parse("Observability for humans - Kim Park").Form.Should().Be("Title - Name(@handle)");
        byOrDash.TryParse("Rustで書くOS / 佐藤一郎(東北大学)").WasSuccessful.Should().BeFalse();
    }

    [Fact]
    public void A_form_composes_after_a_prefix_the_user_reads_first()
    {
        // A user's own grammar: a talk number, then any header form on the rest of the line.
        var numbered =
            from number in Parse.Digit.AtLeastOnce().Text()
            from dot in Parse.String(". ")
            from header in SpeakerForms.AnyHeader
            select (Number: int.Parse(number, System.Globalization.CultureInfo.InvariantCulture), header);

        var read = numbered.End().Parse("3. Scaling search by Dana Whitfield");

        read.Number.Should().Be(3);
        read.header.Title.Should().Be("Scaling search");
        read.header.Speakers.Single().Name.Should().Be("Dana Whitfield");
    }

    [Theory]
    [InlineData("Keynote: Marta Kowalska", "Keynote: Name")]
    [InlineData("\"Testing by Example\" by Priya Natarajan", "\"Title\" by Name")]
    [InlineData("Rustで書くOS / 佐藤一郎(東北大学)", "Title / Name(Aff)")]
    [InlineData("Jordan Blake, Sam Ortiz | Western State University", "Names | Organisation")]
    [InlineData("https://example.org/slides - Observability for humans - @kimpark - Kim Park", "Name - @handle - Title - URL")]
    public void Any_header_takes_the_first_form_that_reads_it(string header, string form)
    {
        SpeakerForms.AnyHeader.End().Parse(header).Form.Should().Be(form);
    }

    [Fact]
    public void Any_header_fails_on_a_heading_with_no_speaker()
    {
        var result = SpeakerForms.AnyHeader.TryParse("Conference Details");

        result.WasSuccessful.Should().BeFalse();
        result.Remainder.Position.Should().Be(0);
        result.Message.Should().Be("no speaker form reads the header");
    }

    [Fact]
    public void Any_header_tries_the_forms_in_the_order_of_all()
    {
        // "Keynote - Omar Haddad" is read by two forms; the keyword form comes first in All, so it wins.
        SpeakerForms.TitleDashName.TryParse("Keynote - Omar Haddad").WasSuccessful.Should().BeTrue();
        SpeakerForms.All.ToList().IndexOf(SpeakerForms.KeywordThenName).Should().BeLessThan(SpeakerForms.All.ToList().IndexOf(SpeakerForms.TitleDashName));
        SpeakerForms.AnyHeader.Parse("Keynote - Omar Haddad").Form.Should().Be("Keynote: Name");
    }

    [Theory]
    [InlineData("型レベル計算の基礎 by 佐藤花子", "型レベル計算の基礎", "佐藤花子")]
    [InlineData("Rustで書くOS by 山田 太郎", "Rustで書くOS", "山田 太郎")]
    public void A_name_in_chinese_characters_after_by_is_the_speaker_with_no_honorific(string header, string title, string name)
    {
        var read = SpeakerForms.TitleByName.Parse(header);

        read.Title.Should().Be(title);
        read.Speakers.Should().Equal(new HeaderSpeaker(name, null, null));
    }

    [Theory]
    [InlineData("Made by hand by かなり長い説明文です")]
    [InlineData("Built by 東京大学")]
    public void Kana_or_an_organisation_after_by_is_not_a_speaker(string header)
    {
        SpeakerForms.TitleByName.TryParse(header).WasSuccessful.Should().BeFalse();
    }

    [Fact]
    public void A_handle_in_parentheses_after_a_space_is_the_speakers_handle()
    {
        var read = SpeakerForms.TitleDashName.Parse("Observability for humans - Kim Park (@kimpark)");

        read.Title.Should().Be("Observability for humans");
        read.Speakers.Should().Equal(new HeaderSpeaker("Kim Park", null, "@kimpark"));
    }
}
