using System;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// An event's title gives its date and hours where a number starts: the digits inside a longer number are not read
// again as the start of a date ("12020-08-16" is not 2020-08-16).
public sealed class EventTitleDateTests
{
    [Theory]
    [InlineData("# API meetup 2020-08-16", 2020)]
    [InlineData("# API meetup 12020-08-16", null)]
    [InlineData("# API meetup #52020-08-16", null)]
    [InlineData("# 2020-08-16 API meetup", 2020)]
    public void A_date_in_the_title_is_read_only_from_the_start_of_a_number(string title, int? year)
    {
        var log = ConferenceLog.Parse(title + "\n\n## Talk / Ann Lee\n\n- a note\n");

        log.Event.Date.Should().Be(year is null ? null : new DateTime(year.Value, 8, 16));
    }

    [Theory]
    [InlineData("# API meetup 2020-08-16 14:00-17:00", 14)]
    [InlineData("# API meetup 2020-08-16 114:00-17:00", null)]
    public void Hours_in_the_title_are_read_only_from_the_start_of_a_number(string title, int? startHour)
    {
        var log = ConferenceLog.Parse(title + "\n\n## Talk / Ann Lee\n\n- a note\n");

        log.Event.Start.Should().Be(startHour is null ? null : new TimeSpan(startHour.Value, 0, 0));
    }
}
