using System.Linq;
using ConfLog.Lines;
using ConfLog.Reading;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Reading;

// Each header form on a header as people write it; the title, the names, the affiliation and the handle come out apart.
public sealed class HeaderFormTests
{
    [Theory]
    [InlineData("Scaling search at a small library by Dana Whitfield", "Scaling search at a small library", "Dana Whitfield")]
    [InlineData("Profiling by sampling by Ana Lopez and Wei Chen", "Profiling by sampling", "Ana Lopez|Wei Chen")]
    [InlineData("Type classes in practice by 山田花子さん", "Type classes in practice", "山田花子")]
    [InlineData("\"Testing by Example\" by Priya Natarajan", "Testing by Example", "Priya Natarajan")]
    [InlineData("Rustで書くOS / 佐藤一郎(東北大学)", "Rustで書くOS", "佐藤一郎")]
    [InlineData("Keynote: Marta Kowalska", "Keynote", "Marta Kowalska")]
    [InlineData("キーノート: Jun Ito", "キーノート", "Jun Ito")]
    [InlineData("Keynote - Omar Haddad", "Keynote", "Omar Haddad")]
    [InlineData("Lena: Keynote", "Keynote", "Lena")]
    [InlineData("鈴木さん「型レベルプログラミング入門」", "型レベルプログラミング入門", "鈴木")]
    [InlineData("「非同期処理の落とし穴」田中", "非同期処理の落とし穴", "田中")]
    [InlineData("Caching at the edge (Maria Santos, Fastly)", "Caching at the edge", "Maria Santos")]
    [InlineData("Observability for humans - Kim Park(@kimpark)", "Observability for humans", "Kim Park")]
    [InlineData("Caching at the edge (Maria Santos)", "Caching at the edge", "Maria Santos")]
    [InlineData("型レベル計算の基礎 (鈴木さん)", "型レベル計算の基礎", "鈴木")]
    [InlineData("Kim Park - @kimpark - Observability for humans - https://example.org/slides", "Observability for humans", "Kim Park")]
    [InlineData("https://example.org/slides - Observability for humans - @kimpark - Kim Park", "Observability for humans", "Kim Park")]
    public void A_header_form_splits_the_title_from_the_speakers(string header, string title, string names)
    {
        var read = HeaderForms.Read(header);

        read.Should().NotBeNull();
        read!.Title.Should().Be(title);
        read.Speakers.Select(s => s.Name).Should().Equal(names.Split('|'));
    }

    [Fact]
    public void An_organisation_after_a_bar_is_the_affiliation_and_the_talk_has_no_title()
    {
        var read = HeaderForms.Read("Jordan Blake, Sam Ortiz | Western State University")!;

        read.Title.Should().BeNull();
        read.Speakers.Select(s => (s.Name, s.Affiliation)).Should().Equal(
            ("Jordan Blake", "Western State University"), ("Sam Ortiz", "Western State University"));
    }

    [Fact]
    public void A_topic_after_a_bar_is_the_title()
    {
        var read = HeaderForms.Read("Jordan Blake | Faceted search tricks")!;

        read.Title.Should().Be("Faceted search tricks");
        read.Speakers.Single().Name.Should().Be("Jordan Blake");
    }

    [Theory]
    [InlineData("Ravi Menon - Staff Engineer - Datacorp", "Ravi Menon", "Datacorp")]
    [InlineData("Ines Duarte, Principal Engineer, Cloudworks", "Ines Duarte", "Cloudworks")]
    public void A_name_role_organisation_header_names_only_the_presenter(string header, string name, string organisation)
    {
        var read = HeaderForms.Read(header)!;

        read.Title.Should().BeNull();
        read.Speakers.Single().Should().Be(new HeaderSpeaker(name, organisation, null));
    }

    [Fact]
    public void A_handle_in_parentheses_is_the_speakers_handle()
    {
        var speaker = HeaderForms.Read("Observability for humans - Kim Park(@kimpark)")!.Speakers.Single();

        speaker.Handle.Should().Be("@kimpark");
        speaker.Affiliation.Should().BeNull();
    }

    [Theory]
    [InlineData("Schema Evolution - The Hard Parts")]
    [InlineData("Don't Trust - Verify")]
    [InlineData("Localisation 2.0 - L20n")]
    [InlineData("HKD(Higher Kinded Datatype)")]
    [InlineData("CI for DevOps (Jenkins)")]
    [InlineData("Python profilers (Part Two of Three)")]
    [InlineData("Secure Messaging: Leveraging Rust for Whistleblowers")]
    [InlineData("「作りながら学ぶ」を使ったハンズオン")]
    public void A_title_that_only_looks_like_a_header_form_names_no_speaker(string header)
    {
        var read = HeaderForms.Read(header);

        (read?.Speakers.Count ?? 0).Should().Be(0, "'{0}' names no person by its form (read as {1})", header, read?.Form);
    }

    [Fact]
    public void A_lightning_talks_glued_parenthesis_names_its_speaker()
    {
        var read = SpeakerForms.TitleGluedName.Parse("キーボード配列を変える話(Sebastian)");

        read.Title.Should().Be("キーボード配列を変える話");
        read.Speakers.Single().Name.Should().Be("Sebastian");
    }
}
