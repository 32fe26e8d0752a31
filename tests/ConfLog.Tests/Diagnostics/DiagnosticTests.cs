using System.Linq;
using ConfLog.Diagnostics;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Diagnostics;

// Each diagnostic: its code, severity, exact message, and where it points.
public sealed class DiagnosticTests
{
    [Theory]
    [InlineData("[2012-13-45 25:61]", "(1,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12")]
    [InlineData("[2013-02-29 10:00]", "(1,10): error CL0001: '[2013-02-29 10:00]' is not a timestamp: unexpected '29' in day, expected 01-28")]
    [InlineData("[2012-12-04 24:00]", "(1,13): error CL0001: '[2012-12-04 24:00]' is not a timestamp: unexpected '24' in hour, expected 00-23")]
    [InlineData("[2012-12-04 10:4]", "(1,16): warning CL0002: '[2012-12-04 10:4]' is not a timestamp: unexpected '4]' in minute, expected 00-59")]
    [InlineData("[2012-12-04 10:40] extra", "(1,20): warning CL0002: '[2012-12-04 10:40] extra' is not a timestamp: unexpected 'e', expected end of input")]
    public void A_line_that_is_not_quite_a_timestamp_is_prose_with_a_diagnostic(string line, string expected)
    {
        var log = ConferenceLog.Parse(line);

        log.Diagnostics.Select(d => d.ToString()).Should().Equal(expected);
        log.Sessions.Should().ContainSingle().Which.Prose.Should().ContainSingle().Which.Text.Should().Be(line);
    }

    [Fact]
    public void An_answer_with_no_question_opens_an_exchange_without_one()
    {
        var log = ConferenceLog.Parse("T / S\n- note\n- A: an answer");

        log.Diagnostics.Select(d => d.ToString()).Should().Equal("(3,1): warning CL0003: an answer with no question before it");
        var exchange = log.Talks[0].Exchanges.Should().ContainSingle().Subject;
        exchange.Question.Should().BeNull();
        exchange.Answers.Should().ContainSingle().Which.Text.Should().Be("an answer");
    }

    [Fact]
    public void A_question_left_without_answer_is_reported_as_info()
    {
        var log = ConferenceLog.Parse("T / S\n- Q: anyone?\n- note");

        log.Diagnostics.Select(d => d.ToString()).Should().Equal("(2,1): info CL0004: a question that no answer follows");
        log.Talks[0].Exchanges[0].Answers.Should().BeEmpty();
    }

    [Fact]
    public void Several_answers_to_one_question_are_one_exchange()
    {
        var log = ConferenceLog.Parse("T / S\n- Q: q\n- A: one\n- A: two");

        log.Diagnostics.Should().BeEmpty();
        log.Talks[0].Exchanges.Should().ContainSingle().Which.Answers.Select(a => a.Text).Should().Equal("one", "two");
    }

    [Fact]
    public void A_talk_header_with_an_empty_title_is_reported()
    {
        var log = ConferenceLog.Parse(" / 島田恭平(筑波大学)");

        log.Diagnostics.Select(d => d.ToString()).Should().Equal("(1,1): warning CL0005: a talk header with an empty title before ' / '");
        log.Talks.Should().ContainSingle().Which.Speakers[0].Name.Should().Be("島田恭平");
    }

    [Fact]
    public void A_talk_header_with_no_speaker_is_reported()
    {
        var log = ConferenceLog.Parse("TwitVisor / ");

        log.Diagnostics.Select(d => d.ToString()).Should().Equal("(1,1): warning CL0006: a talk header with no speaker after ' / '");
        log.Talks.Should().ContainSingle().Which.Title.Should().Be("TwitVisor");
    }

    [Fact]
    public void A_second_event_header_is_reported_and_the_first_one_wins()
    {
        var log = ConferenceLog.Parse("- 2012-12-04 筑波大学 10:10〜17:50\n- 2012-12-05 東京大学 09:00-18:00\nT / S");

        log.Diagnostics.Select(d => d.ToString()).Should().Equal("(2,1): warning CL0007: a second event header line; the event is described by line 1");
        log.Event.Venue.Should().Be("筑波大学");
    }

    [Theory]
    [InlineData("- 2012-13-45 筑波大学 10:10〜17:50", "(1,8): error CL0008: '- 2012-13-45 筑波大学 10:10〜17:50' is not an event header: unexpected '13' in month, expected 01-12")]
    [InlineData("- 2012-12-04 筑波大学 25:10〜17:50", "(1,19): error CL0008: '- 2012-12-04 筑波大学 25:10〜17:50' is not an event header: unexpected '25' in hour, expected 0-23")]
    public void An_impossible_event_date_is_reported_and_the_header_still_holds_the_rest(string header, string expected)
    {
        var log = ConferenceLog.Parse(header + "\n- http://example.org/\nT / S");

        log.Diagnostics.Select(d => d.ToString()).Should().Equal(expected);
        log.Event.Date.Should().BeNull();
        log.Event.Links.Should().ContainSingle().Which.Url.Should().Be("http://example.org/");
        log.Talks.Should().ContainSingle();
    }

    [Fact]
    public void A_timestamp_that_goes_back_in_time_is_reported()
    {
        var log = ConferenceLog.Parse("[2012-12-04 11:34]\nT / S\n[2012-12-04 11:20]");

        log.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "(3,1): warning CL0009: timestamp 2012-12-04 11:20 is earlier than 2012-12-04 11:34 on line 1");
    }

    [Fact]
    public void A_list_indented_with_tabs_and_spaces_is_reported_once()
    {
        var log = ConferenceLog.Parse("T / S\n- a\n\t- b\n  - c\n\t- d");

        log.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "(4,1): warning CL0010: this list is indented with both tabs and spaces");
    }

    [Fact]
    public void Lists_with_one_kind_of_indentation_each_are_fine()
    {
        ConferenceLog.Parse("T / S\n- a\n\t- b\n\nU / V\n- c\n  - d").Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Diagnostics_format_like_compiler_messages_with_a_path()
    {
        var diagnostic = ConferenceLog.Parse("x\n[2012-13-45 10:00]").Diagnostics.Single();

        diagnostic.Format("notes/day1.txt").Should().Be(
            "notes/day1.txt(2,7): error CL0001: '[2012-13-45 10:00]' is not a timestamp: unexpected '13' in month, expected 01-12");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Span.Offset.Should().Be(8);
    }

    [Fact]
    public void Codes_are_unique_and_numbered_in_order()
    {
        DiagnosticCodes.All.Select(d => d.Code).Should().OnlyHaveUniqueItems()
            .And.BeInAscendingOrder(System.StringComparer.Ordinal)
            .And.OnlyContain(code => System.Text.RegularExpressions.Regex.IsMatch(code, "^CL[0-9]{4}$"));
    }
}
