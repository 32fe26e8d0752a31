using System;
using ConfLog.Diagnostics;
using ConfLog.Model;
using FluentAssertions;
using FluentAssertions.Execution;
using Xunit;
using Xunit.Sdk;

namespace ConfLog.FluentAssertions.Tests;

public sealed class ConferenceLogAssertionsTests
{
    // Line 2 answers a question nobody asked (CL0003); line 3 is an impossible timestamp (CL0001).
    private const string Flawed = "T / S\n- A: an answer\n[2012-13-45 25:61]\n- Q: anyone?";

    [Fact]
    public void HaveNoErrors_passes_on_the_seed()
    {
        var log = Seed.Log;

        log.Should().HaveNoErrors().And.HaveTalks(10);
    }

    [Fact]
    public void HaveNoErrors_lists_each_error_with_its_position()
    {
        var log = ConferenceLog.Parse(Flawed);

        Action act = () => log.Should().HaveNoErrors("the notes were {0}", "checked");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            "Expected log to have no errors because the notes were checked, but found 1:",
            "(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12"));
    }

    [Fact]
    public void HaveNoErrors_ignores_warnings()
    {
        var log = ConferenceLog.Parse("T / S\n- A: an answer");

        log.Should().HaveNoErrors();
        log.Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void HaveNoDiagnostics_passes_on_the_seed()
    {
        var log = Seed.Log;

        log.Should().HaveNoDiagnostics();
    }

    [Fact]
    public void HaveNoDiagnostics_lists_warnings_and_infos_too()
    {
        var log = ConferenceLog.Parse(Flawed);

        Action act = () => log.Should().HaveNoDiagnostics();

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            "Expected log to have no diagnostics, but found 3:",
            "(2,1): warning CL0003: an answer with no question before it",
            "(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12",
            "(4,1): info CL0004: a question that no answer follows"));
    }

    [Fact]
    public void HaveDiagnostic_finds_it_by_code_and_narrows_by_line_severity_and_message()
    {
        var log = ConferenceLog.Parse(Flawed);

        var diagnostic = log.Should().HaveDiagnostic("CL0003")
            .AtLine(2)
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithMessageContaining("no question")
            .Which;

        diagnostic.Span.Column.Should().Be(1);
    }

    [Fact]
    public void HaveDiagnostic_lists_what_the_log_has_when_the_code_is_missing()
    {
        var log = ConferenceLog.Parse(Flawed);

        Action act = () => log.Should().HaveDiagnostic("CL0009");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            "Expected log to have a diagnostic CL0009, but found none; it has 3:",
            "(2,1): warning CL0003: an answer with no question before it",
            "(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12",
            "(4,1): info CL0004: a question that no answer follows"));
    }

    [Fact]
    public void HaveDiagnostic_says_so_when_the_log_has_none()
    {
        var log = Seed.Log;

        Action act = () => log.Should().HaveDiagnostic("CL0003");

        act.Should().Throw<XunitException>().Which.Message.Should().Be("Expected log to have a diagnostic CL0003, but it has no diagnostics.");
    }

    [Fact]
    public void AtLine_shows_where_the_diagnostic_really_is()
    {
        var log = ConferenceLog.Parse(Flawed);

        Action act = () => log.Should().HaveDiagnostic("CL0003").AtLine(12);

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            "Expected log to have a diagnostic CL0003 at line 12, but found only:",
            "(2,1): warning CL0003: an answer with no question before it"));
    }

    [Fact]
    public void WithSeverity_shows_the_severity_found()
    {
        var log = ConferenceLog.Parse(Flawed);

        Action act = () => log.Should().HaveDiagnostic("CL0003").AtLine(2).WithSeverity(DiagnosticSeverity.Error, "answers matter");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            "Expected log to have a diagnostic CL0003 at line 2 with severity error because answers matter, but found only:",
            "(2,1): warning CL0003: an answer with no question before it"));
    }

    [Fact]
    public void WithMessageContaining_shows_the_message_found()
    {
        var log = ConferenceLog.Parse(Flawed);

        Action act = () => log.Should().HaveDiagnostic("CL0001").WithMessageContaining("in day");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            "Expected log to have a diagnostic CL0001 with a message containing \"in day\", but found only:",
            "(3,7): error CL0001: '[2012-13-45 25:61]' is not a timestamp: unexpected '13' in month, expected 01-12"));
    }

    [Fact]
    public void HaveDiagnostic_And_returns_to_the_log()
    {
        var log = ConferenceLog.Parse(Flawed);

        log.Should().HaveDiagnostic("CL0004").AtLine(4).And.HaveTalks(1);
    }

    [Fact]
    public void HaveTalks_passes_on_the_seeds_ten_talks()
    {
        var log = Seed.Log;

        log.Should().HaveTalks(10);
    }

    [Fact]
    public void HaveTalks_says_how_many_there_are()
    {
        var log = Seed.Log;

        Action act = () => log.Should().HaveTalks(11);

        act.Should().Throw<XunitException>().Which.Message.Should().Be("Expected log to have 11 talks, but found 10.");
    }

    [Fact]
    public void HaveTalk_gives_the_talk_as_Which()
    {
        var log = Seed.Log;

        var talk = log.Should().HaveTalk("TwitVisor").Which;

        talk.Header.Line.Should().Be(218);
        talk.Speakers.Should().ContainSingle().Which.Name.Should().Be("島田恭平");
    }

    [Fact]
    public void HaveTalk_names_the_closest_title_and_its_line()
    {
        var log = Seed.Log;

        Action act = () => log.Should().HaveTalk("TwitVisr");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected log to have a talk titled \"TwitVisr\", but found none; closest: \"TwitVisor\" at line 218.");
    }

    [Fact]
    public void HaveTalk_uses_the_callers_expression_and_reason()
    {
        var seed = Seed.Log;

        Action act = () => seed.Should().HaveTalk("Customising BitVisor 1.3", "it was on the {0}", "programme");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected seed to have a talk titled \"Customising BitVisor 1.3\" because it was on the programme, but found none; " +
            "closest: \"Customizing BitVisor 1.3\" at line 95.");
    }

    [Fact]
    public void HaveTalk_keeps_braces_in_titles_as_written()
    {
        var log = ConferenceLog.Parse("Sets {a} / S");

        Action act = () => log.Should().HaveTalk("Sets {b}");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected log to have a talk titled \"Sets {b}\", but found none; closest: \"Sets {a}\" at line 1.");
    }

    [Fact]
    public void HaveTalk_says_so_when_there_are_no_talks()
    {
        var log = ConferenceLog.Parse("- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50\njust prose");

        Action act = () => log.Should().HaveTalk("TwitVisor");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected log to have a talk titled \"TwitVisor\", but it has no talks.");
    }

    [Fact]
    public void HaveEventOn_passes_on_the_seeds_date_whatever_the_time_of_day()
    {
        var log = Seed.Log;

        log.Should().HaveEventOn(new DateTime(2012, 12, 4, 15, 0, 0)).Which.Venue.Should().Be("筑波大学");
    }

    [Fact]
    public void HaveEventOn_shows_the_date_found_and_its_line()
    {
        var log = Seed.Log;

        Action act = () => log.Should().HaveEventOn(new DateTime(2012, 12, 5));

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected log to have its event on 2012-12-05, but found 2012-12-04 at line 1.");
    }

    [Fact]
    public void HaveEventOn_says_so_when_the_event_has_no_date()
    {
        var log = ConferenceLog.Parse("TwitVisor / 島田恭平(筑波大学)");

        Action act = () => log.Should().HaveEventOn(new DateTime(2012, 12, 4));

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected log to have its event on 2012-12-04, but its event has no date.");
    }

    [Fact]
    public void A_null_log_fails_every_assertion_with_the_same_sentence()
    {
        ConferenceLog? log = null;

        Action act = () => log.Should().HaveTalks(10);

        act.Should().Throw<XunitException>().Which.Message.Should().Be("Expected log to have 10 talks, but found <null>.");
    }

    [Fact]
    public void An_assertion_scope_collects_every_failure()
    {
        var log = Seed.Log;

        Action act = () =>
        {
            using var scope = new AssertionScope();
            log.Should().HaveTalks(9);
            log.Should().HaveEventOn(new DateTime(2013, 12, 4));
        };

        act.Should().Throw<XunitException>().Which.Message.Should().Be(Lines.Of(
            "Expected log to have 9 talks, but found 10.",
            "Expected log to have its event on 2013-12-04, but found 2012-12-04 at line 1.",
            string.Empty));
    }
}
