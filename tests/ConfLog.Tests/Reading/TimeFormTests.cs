using ConfLog.Reading;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Reading;

// Times that open or close a header; dates recognised by form.
public sealed class TimeFormTests
{
    [Theory]
    [InlineData("13:00-13:45 型の話", "型の話", "13:00", "13:45")]
    [InlineData("13:00〜 開会", "開会", "13:00", null)]
    [InlineData("Async in practice 9:15am to 9:45am", "Async in practice", "09:15", "09:45")]
    [InlineData("Memory safety 9:40 \\- 9:50am", "Memory safety", "09:40", "09:50")]
    [InlineData("Scaling a community 1:30pm - 2:10pm", "Scaling a community", "13:30", "14:10")]
    [InlineData("Lunch talk 12:40pm", "Lunch talk", "12:40", null)]
    [InlineData("Panel 2:15 pm", "Panel", "14:15", null)]
    public void A_time_at_either_end_of_a_header_is_its_start_and_end(string header, string rest, string start, string? end)
    {
        TimeForms.TryTake(header, out string title, out string s, out string? e).Should().BeTrue();

        (title, s, e).Should().Be((rest, start, end));
    }

    [Theory]
    [InlineData("Keynote 10:3０")]
    [InlineData("Keynote １０:30")]
    [InlineData("Keynote ١٠:30")]
    public void Digits_that_are_not_ASCII_make_no_clock_time_and_do_not_throw(string header)
    {
        TimeForms.TryTake(header, out _, out _, out _).Should().BeFalse();
        TimeForms.Range.TryParse("１０:30").WasSuccessful.Should().BeFalse();
    }

    [Fact]
    public void A_file_with_a_full_width_digit_in_a_time_is_still_read()
    {
        var read = NotesReader.Read("# Day 1\n\n## Opening talk 10:3０\n\n- a note\n\n## Types by Ann Lee\n\n- another\n");

        read.MarkupReason.Should().NotStartWith("not read");
        read.Talks.Should().Contain(t => t.Title == "Types" && t.Speakers[0].Name == "Ann Lee");
    }

    [Theory]
    [InlineData("Python 3.8 and beyond")]
    [InlineData("How We Made CI 75% Cheaper")]
    [InlineData("10 Years of Redox")]
    public void A_header_with_no_clock_time_has_none(string header)
    {
        TimeForms.TryTake(header, out _, out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("## 9/3/2025", "9/3/2025")]
    [InlineData("第5回 2020/08/16 14:00-17:00", "2020/08/16")]
    [InlineData("7月10日", "7月10日")]
    [InlineData("2018 年 11 月 03 日 (土)", "2018 年 11 月 03 日")]
    [InlineData("May 2", "May 2")]
    [InlineData("June 4-6, 2019", "June 4")]
    [InlineData("10.4.22", "10.4.22")]
    public void A_date_is_found_by_its_form(string text, string date)
    {
        DateForms.Find(text).Should().Be(date);
    }

    [Theory]
    [InlineData("CheckMK 2.3 at a Glance")]
    [InlineData("GHC 8.8")]
    [InlineData("you may 2 times")]
    public void A_version_number_or_a_sentence_is_not_a_date(string text)
    {
        DateForms.Find(text).Should().BeNull();
    }
}
