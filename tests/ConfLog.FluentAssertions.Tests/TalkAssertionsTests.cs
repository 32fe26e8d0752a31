using System;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;
using Xunit.Sdk;

namespace ConfLog.FluentAssertions.Tests;

public sealed class TalkAssertionsTests
{
    private static Talk TwitVisor => Seed.Log.Talks[9];

    private static Talk Customizing => Seed.Log.Talks[3];

    private static Talk Opening => Seed.Log.Talks[0];

    [Fact]
    public void BeGivenBy_passes_on_the_speakers_name_and_gives_the_speaker_as_Which()
    {
        var talk = TwitVisor;

        talk.Should().BeGivenBy("島田恭平").Which.Affiliation.Should().Be("筑波大学");
    }

    [Fact]
    public void BeGivenBy_shows_who_gives_the_talk()
    {
        var talk = TwitVisor;

        Action act = () => talk.Should().BeGivenBy("島田恭介");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to be given by \"島田恭介\", but it is given by \"島田恭平\" of \"筑波大学\".");
    }

    [Fact]
    public void BeGivenBy_with_an_affiliation_passes_when_both_match()
    {
        var talk = TwitVisor;

        talk.Should().BeGivenBy("島田恭平", affiliation: "筑波大学");
    }

    [Fact]
    public void BeGivenBy_with_an_affiliation_shows_the_affiliation_found()
    {
        var talk = TwitVisor;

        Action act = () => talk.Should().BeGivenBy("島田恭平", affiliation: "東京大学", because: "the header says {0}", "so");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to be given by \"島田恭平\" of \"東京大学\" because the header says so, " +
            "but it is given by \"島田恭平\" of \"筑波大学\".");
    }

    [Fact]
    public void BeGivenBy_says_so_when_a_speaker_has_no_affiliation_or_there_is_none()
    {
        var log = ConferenceLog.Parse("One / Alice\nTwo / ");

        Action noAffiliation = () => log.Talks[0].Should().BeGivenBy("Alice", affiliation: "ACME");
        Action noSpeaker = () => log.Talks[1].Should().BeGivenBy("Alice");

        noAffiliation.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"One\" at line 1 to be given by \"Alice\" of \"ACME\", but it is given by \"Alice\" with no affiliation.");
        noSpeaker.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"Two\" at line 2 to be given by \"Alice\", but it names no speaker.");
    }

    [Fact]
    public void StartAt_a_date_and_time_passes_on_the_stamp_before_the_header()
    {
        var talk = TwitVisor;

        talk.Should().StartAt(new DateTime(2012, 12, 4, 17, 18, 0));
    }

    [Fact]
    public void StartAt_a_date_and_time_shows_the_start_found()
    {
        var talk = TwitVisor;

        Action act = () => talk.Should().StartAt(new DateTime(2012, 12, 4, 17, 16, 0));

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to start at 2012-12-04 17:16, but it starts at 2012-12-04 17:18.");
    }

    [Fact]
    public void StartAt_a_time_of_day_passes_on_an_inferred_start()
    {
        var talk = Opening;

        talk.Should().StartAt("10:10");
        talk.StartInferred.Should().BeTrue();
    }

    [Fact]
    public void StartAt_a_time_of_day_says_when_the_start_was_inferred()
    {
        var talk = Opening;

        Action act = () => talk.Should().StartAt("10:11");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"BitVisorの現状と今後\" at line 6 to start at 10:11, but it starts at 10:10 (inferred from the event's hours).");
    }

    [Fact]
    public void StartAt_says_so_when_there_is_no_start_time()
    {
        var talk = ConferenceLog.Parse("TwitVisor / 島田恭平(筑波大学)").Talks[0];

        Action act = () => talk.Should().StartAt("17:18");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"TwitVisor\" at line 1 to start at 17:18, but it has no start time.");
    }

    [Fact]
    public void StartAt_rejects_a_time_it_cannot_read()
    {
        var talk = TwitVisor;

        Action act = () => talk.Should().StartAt("5pm");

        act.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("'5pm' is not a time of day; write it as HH:mm or HH:mm:ss, such as 17:18.");
    }

    [Fact]
    public void EndAt_a_date_and_time_passes_on_the_stamp_after_the_content()
    {
        var talk = Customizing;

        talk.Should().EndAt(new DateTime(2012, 12, 4, 14, 24, 0));
    }

    [Fact]
    public void EndAt_a_date_and_time_shows_the_end_found()
    {
        var talk = Customizing;

        Action act = () => talk.Should().EndAt(new DateTime(2012, 12, 4, 14, 25, 0));

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"Customizing BitVisor 1.3\" at line 95 to end at 2012-12-04 14:25, but it ends at 2012-12-04 14:24.");
    }

    [Fact]
    public void EndAt_a_time_of_day_passes_and_chains()
    {
        var talk = TwitVisor;

        talk.Should().StartAt("17:18").And.EndAt("17:47");
    }

    [Fact]
    public void EndAt_a_time_of_day_with_seconds_shows_the_end_found()
    {
        var talk = TwitVisor;

        Action act = () => talk.Should().EndAt("17:47:30");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to end at 17:47:30, but it ends at 17:47.");
    }

    [Fact]
    public void EndAt_says_so_when_there_is_no_end_time()
    {
        var talk = ConferenceLog.Parse("[2012-12-04 17:18]\nTwitVisor / 島田恭平(筑波大学)\n- note").Talks[0];

        Action act = () => talk.Should().EndAt("17:47");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"TwitVisor\" at line 2 to end at 17:47, but it has no end time.");
    }

    [Fact]
    public void HaveExchanges_passes_on_the_count_of_questions_and_answers()
    {
        var talk = TwitVisor;

        talk.Should().HaveExchanges(2);
        Seed.Log.Talks[1].Should().HaveExchanges(6);
    }

    [Fact]
    public void HaveExchanges_shows_the_count_and_lines_found()
    {
        var talk = TwitVisor;

        Action act = () => talk.Should().HaveExchanges(3);

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to have 3 Q/A exchanges, but found 2, at lines 224, 226.");
    }

    [Fact]
    public void HaveExchanges_says_none_when_there_are_none()
    {
        var talk = Customizing;

        Action act = () => talk.Should().HaveExchanges(1);

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"Customizing BitVisor 1.3\" at line 95 to have 1 Q/A exchange, but found none.");
    }

    [Fact]
    public void HaveQuestionContaining_gives_the_exchange_as_Which()
    {
        var talk = TwitVisor;

        var exchange = talk.Should().HaveQuestionContaining("TCP").Which;

        exchange.Span.Line.Should().Be(226);
        exchange.Answers.Should().ContainSingle().Which.Text.Should().Be("授業で何か作らないといけなかったのと、納期(発表)があるので。");
    }

    [Fact]
    public void HaveQuestionContaining_names_the_closest_question()
    {
        var talk = TwitVisor;

        Action act = () => talk.Should().HaveQuestionContaining("日本語ツイート");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to have a question containing \"日本語ツイート\", but found none; " +
            "closest: \"日本語ポストは?\" at line 224.");
    }

    [Fact]
    public void HaveQuestionContaining_says_so_when_there_are_no_questions()
    {
        var talk = Customizing;

        Action act = () => talk.Should().HaveQuestionContaining("TCP");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"Customizing BitVisor 1.3\" at line 95 to have a question containing \"TCP\", but it has no questions.");
    }

    [Fact]
    public void HaveNoteContaining_gives_the_note_as_Which()
    {
        var talk = TwitVisor;

        talk.Should().HaveNoteContaining("TCP実装").Which.Span.Line.Should().Be(223);
    }

    [Fact]
    public void HaveNoteContaining_reads_a_labelled_note_with_its_label()
    {
        var talk = Opening;

        talk.Should().HaveNoteContaining("ML: 海外").Which.Label.Should().Be("ML");
    }

    [Fact]
    public void HaveNoteContaining_looks_into_nested_notes()
    {
        var talk = ConferenceLog.Parse("T / S\n- parent\n  - child with detail").Talks[0];

        talk.Should().HaveNoteContaining("detail").Which.Indent.Should().Be(2);
    }

    [Fact]
    public void HaveNoteContaining_names_the_closest_note()
    {
        var talk = TwitVisor;

        Action act = () => talk.Should().HaveNoteContaining("3-way handshaek");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to have a note containing \"3-way handshaek\", but found none; " +
            "closest: \"実装したもの: 3-way handshake, send/recv, shutdown, OAuth.\" at line 222.");
    }

    [Fact]
    public void HaveNoteContaining_shortens_long_notes_in_the_message()
    {
        var talk = ConferenceLog.Parse("T / S\n- " + new string('a', 100)).Talks[0];

        Action act = () => talk.Should().HaveNoteContaining("b");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"T\" at line 1 to have a note containing \"b\", but found none; closest: \"" + new string('a', 80) + "…\" at line 2.");
    }

    [Fact]
    public void HaveLink_gives_the_link_as_Which()
    {
        var talk = Customizing;

        talk.Should().HaveLink("http://youtu.be/jXEB6ZJB7w8").Which.Span.Line.Should().Be(117);
        talk.Links.Select(l => l.Url).Should().HaveCount(4);
    }

    [Fact]
    public void HaveLink_names_the_closest_link()
    {
        var talk = Customizing;

        Action act = () => talk.Should().HaveLink("http://youtu.be/IihKKgcXnc");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"Customizing BitVisor 1.3\" at line 95 to have a link to \"http://youtu.be/IihKKgcXnc\", but found none; " +
            "closest: \"http://youtu.be/IihKKgcXnic\" at line 114.");
    }

    [Fact]
    public void HaveLink_says_so_when_there_are_no_links()
    {
        var talk = Opening;

        Action act = () => talk.Should().HaveLink("http://www.bitvisor.org/summit/");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"BitVisorの現状と今後\" at line 6 to have a link to \"http://www.bitvisor.org/summit/\", but it has no links.");
    }

    [Fact]
    public void A_null_talk_fails_with_the_same_sentence()
    {
        Talk? talk = null;

        Action act = () => talk.Should().HaveExchanges(2);

        act.Should().Throw<XunitException>().Which.Message.Should().Be("Expected talk to have 2 Q/A exchanges, but found <null>.");
    }

    [Fact]
    public void Which_of_HaveTalk_chains_into_talk_assertions()
    {
        var log = Seed.Log;

        Action act = () => log.Should().HaveTalk("TwitVisor").Which.Should().BeGivenBy("島田恭平").And.HaveExchanges(1);

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected talk \"TwitVisor\" at line 218 to have 1 Q/A exchange, but found 2, at lines 224, 226.");
    }
}
