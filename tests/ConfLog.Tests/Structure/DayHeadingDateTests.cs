using System;
using ConfLog.Structure;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The date of a day heading, as the reader found it written: every form the notes use, and the edges of a real date
// (years 1900 to 2200, months 1 to 12, the days of that month); a year is never invented.
public sealed class DayHeadingDateTests
{
    [Theory]
    [InlineData("2019-07-10", 2019, 7, 10)]
    [InlineData("2020/08/16", 2020, 8, 16)]
    [InlineData("2020.8.6", 2020, 8, 6)]
    [InlineData("2018 年 11 月 03 日", 2018, 11, 3)]
    [InlineData("  2019-07-10  ", 2019, 7, 10)]
    [InlineData("9/3/2025", 2025, 9, 3)]
    [InlineData("9/3/25", 2025, 9, 3)]
    [InlineData("12/31/99", 2099, 12, 31)]
    [InlineData("10.4.22", 2022, 4, 10)]
    [InlineData("31.12.2021", 2021, 12, 31)]
    [InlineData("June 4-6, 2019", 2019, 6, 4)]
    [InlineData("June 4 – 6, 2019", 2019, 6, 4)]
    [InlineData("Sept. 3rd, 2019", 2019, 9, 3)]
    [InlineData("May 2nd 2019", 2019, 5, 2)]
    [InlineData("December 21st, 2012", 2012, 12, 21)]
    [InlineData("1900-01-01", 1900, 1, 1)]
    [InlineData("2200-12-31", 2200, 12, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2023-02-28", 2023, 2, 28)]
    public void A_whole_date_is_read_in_each_written_form(string written, int year, int month, int day)
    {
        DayDate.Of(written).Should().Be(new DateTime(year, month, day));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("May 2")]
    [InlineData("7月10日")]
    [InlineData("1899-12-31")]
    [InlineData("2201-01-01")]
    [InlineData("2020-00-10")]
    [InlineData("2020-13-10")]
    [InlineData("2020-01-00")]
    [InlineData("2023-02-29")]
    [InlineData("2020-04-31")]
    [InlineData("13/1/2020")]
    [InlineData("1.13.2020")]
    [InlineData("9/3/202")]
    [InlineData("9/3/0100")]
    [InlineData("9/3/2025x")]
    [InlineData("Foo 3, 2019")]
    [InlineData("Ju 3, 2019")]
    [InlineData("June 3, 20190")]
    [InlineData("on 2019-07-10")]
    public void Anything_but_a_whole_real_date_gives_none(string? written)
    {
        DayDate.Of(written).Should().BeNull();
    }

    [Fact]
    public void A_written_date_of_forty_characters_is_read_and_one_of_forty_one_is_not()
    {
        string forty = "2019-07-10".PadRight(40);
        string fortyOne = "2019-07-10".PadRight(41);

        DayDate.Of(forty).Should().Be(new DateTime(2019, 7, 10));
        DayDate.Of(fortyOne).Should().BeNull();
    }

    [Theory]
    [InlineData("SmashingConf New York 2024 - 10/8/2024", 2024, 10, 8)]
    [InlineData("2019-07-10 day one", 2019, 7, 10)]
    [InlineData("Day one (June 4-6, 2019)", 2019, 6, 4)]
    [InlineData("Day one, 2019-07-10", 2019, 7, 10)]
    public void The_first_whole_date_in_a_title_is_found_where_a_word_starts(string title, int year, int month, int day)
    {
        DayDate.Find(title).Should().Be(new DateTime(year, month, day));
    }

    [Theory]
    [InlineData("build x2019-07-10")]
    [InlineData("build 12019-07-10")]
    [InlineData("Day one")]
    [InlineData("")]
    public void A_date_inside_a_word_or_a_longer_number_is_not_found(string title)
    {
        DayDate.Find(title).Should().BeNull();
    }

    [Fact]
    public void A_title_is_searched_forty_characters_at_a_time_from_each_word()
    {
        // The date starts the last word: what is left from it is shorter than forty characters, and still read.
        string title = new string('a', 50) + " 2019-07-10";

        DayDate.Find(title).Should().Be(new DateTime(2019, 7, 10));
    }
}
