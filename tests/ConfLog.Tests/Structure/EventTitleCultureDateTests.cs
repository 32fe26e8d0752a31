using System;
using System.Globalization;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// An event's title gives its date in ISO form first; failing that, in the form of the culture the options name
// ("PyCon US, May 3, 2019" in en-US), but only a date that writes its year, and never in the invariant culture.
public sealed class EventTitleCultureDateTests
{
    private static ConferenceLog Parse(string title, string culture) =>
        ConferenceLog.Parse(
            title + "\n\n## Opening keynote / Ann Lee\n\n- a note\n",
            ConfLogOptions.Default with { DateCulture = culture.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(culture) });

    [Theory]
    [InlineData("# PyCon US, May 3, 2019", "en-US", 2019, 5, 3)]
    [InlineData("# PyCon US May 3, 2019 Pittsburgh", "en-US", 2019, 5, 3)]
    [InlineData("# PyCon US May 3 2019", "en-US", 2019, 5, 3)]
    [InlineData("# Berlin Meetup 12.03.2019", "de-DE", 2019, 3, 12)]
    [InlineData("# Berlin Meetup 12.03.2019", "en-US", 2019, 12, 3)]
    public void A_title_date_in_the_cultures_own_form_is_the_events_date(string title, string culture, int year, int month, int day)
    {
        Parse(title, culture).Event.Date.Should().Be(new DateTime(year, month, day));
    }

    [Fact]
    public void The_invariant_culture_reads_no_date_but_an_ISO_one()
    {
        Parse("# PyCon US, May 3, 2019", "").Event.Date.Should().BeNull();
    }

    [Fact]
    public void An_ISO_date_in_the_title_is_taken_before_a_date_in_the_cultures_form()
    {
        Parse("# PyCon US May 3, 2019 (CFP closed 2019-01-03)", "en-US").Event.Date.Should().Be(new DateTime(2019, 1, 3));
    }

    [Fact]
    public void A_time_of_day_alone_is_no_date_though_the_culture_reads_it()
    {
        // "10:30" parses as a time on no date (year 1): a date counts only when its year is written in the title.
        Parse("# Standup 10:30", "en-US").Event.Date.Should().BeNull();
    }

    [Fact]
    public void A_date_after_the_hours_is_still_read()
    {
        var log = Parse("# Meetup 10:00-17:00 2020-08-16", "");

        log.Event.Date.Should().Be(new DateTime(2020, 8, 16));
        log.Event.Start.Should().Be(new TimeSpan(10, 0, 0));
        log.Event.End.Should().Be(new TimeSpan(17, 0, 0));
    }

    [Fact]
    public void The_last_digits_of_a_date_are_not_read_again_as_the_start_of_hours()
    {
        // Written with no space, "2020-08-16:00-17:00": the "16" is the day; no hours start inside the date.
        var log = Parse("# Meetup 2020-08-16:00-17:00", "");

        log.Event.Date.Should().Be(new DateTime(2020, 8, 16));
        log.Event.Start.Should().BeNull();
    }
}
