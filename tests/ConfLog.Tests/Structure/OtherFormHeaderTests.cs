using System;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// "Title / Name" lines that open with a Hiki heading's "!", an RD heading's "=", or the talk's clock time are of another
// form: they never decide the seed's dialect, they count against it as other headings do, and the reader of real notes
// reads them. A title that merely opens with digits ("2024 roadmap") or a letter and a colon ("v2:") is of the seed's form.
public sealed class OtherFormHeaderTests
{
    [Fact]
    public void Hiki_headings_of_the_seeds_header_form_are_read_as_hiki()
    {
        var log = ConferenceLog.Parse("! RubyKaigi 2010\n!!! Keynote / Matz(Ruby)\n* a note\n!!! YJIT / Maxime(Shopify)\n* a note\n");

        log.ReadInSeedDialect.Should().BeFalse();
        log.Markup.Should().Be(NoteMarkup.Hiki);
        log.Talks.Select(t => t.Title).Should().Equal("Keynote", "YJIT");
    }

    [Fact]
    public void Headers_that_open_with_their_hours_outnumber_a_later_header_of_the_seeds_form()
    {
        var log = ConferenceLog.Parse("13:00-13:30 Fast parsing / Ann Lee(Acme)\n- a note\n13:30-14:00 Slow parsing / Bob Roe(Initech)\n- a note\n"
            + "Closing remarks / Carol Diaz(Acme)\n- thanks\n");

        log.ReadInSeedDialect.Should().BeFalse();
        log.Talks.Select(t => (t.Title, t.StartTime)).Should().Equal(
            ("Fast parsing", new TimeSpan(13, 0, 0)), ("Slow parsing", new TimeSpan(13, 30, 0)), ("Closing remarks", null));
    }

    [Fact]
    public void Headers_that_open_with_a_one_digit_hour_are_of_another_form()
    {
        var log = ConferenceLog.Parse("9:30-10:00 Opening / Ann Lee(Acme)\n- a note\n10:00-11:00 Keynote / Bob Roe(Initech)\n- a note\n");

        log.ReadInSeedDialect.Should().BeFalse();
        log.Talks.Select(t => (t.Title, t.StartTime)).Should().Equal(
            ("Opening", new TimeSpan(9, 30, 0)), ("Keynote", new TimeSpan(10, 0, 0)));
    }

    [Fact]
    public void A_header_whose_title_is_only_a_time_is_of_another_form()
    {
        var log = ConferenceLog.Parse("9:30 / Ann Lee(Acme)\n- opening words\n10:00 / Bob Roe(Initech)\n- keynote\n");

        log.ReadInSeedDialect.Should().BeFalse();
    }

    [Theory]
    [InlineData("2024 roadmap")]
    [InlineData("v2: a rewrite in Rust")]
    public void A_title_that_opens_with_digits_or_a_letter_and_a_colon_is_of_the_seeds_form(string title)
    {
        var log = ConferenceLog.Parse(title + " / Ann Lee(Acme)\n- a note\n");

        log.ReadInSeedDialect.Should().BeTrue();
        log.MarkupReason.Should().EndWith("at line 1");
        log.Talks.Single().Title.Should().Be(title);
    }
}
