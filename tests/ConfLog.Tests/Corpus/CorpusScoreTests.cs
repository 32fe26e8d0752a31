using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfLog.Model;
using ConfLog.Tests.Reading;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests;

// The corpus scored as ../shared/tools/score-corpus scores `conflog parse --json`, but through ConferenceLog.Load, the
// library's own entry point: the floors are the figures reached when the reader was wired in (254 of 268 talks with the
// right title and speakers, 13 false talks, 49 of 50 exchanges), so a later change cannot lower them unseen.
public sealed class CorpusScoreTests
{
    private const int AnnotatedTalks = 268;
    private const int AnnotatedExchanges = 50;
    private const int RightFloor = 254;
    private const int FalseCeiling = 13;
    private const int ExchangesFloor = 49;

    private static readonly IReadOnlyList<FileScore> Scores = CorpusScore.Run(file =>
        ConferenceLog.Load(Corpus.PathOf(file)).Talks
            .Select(t => new ScoredTalk(t.Header.Line, t.Title, t.Speakers.Select(s => (string?)s.Name).ToList(), t.Exchanges.Length))
            .ToList());

    [Fact]
    public void Every_annotated_talk_and_exchange_is_scored()
    {
        Scores.Sum(s => s.Talks).Should().Be(AnnotatedTalks);
        Scores.Sum(s => s.ExchangesWanted).Should().Be(AnnotatedExchanges);
    }

    [Fact]
    public void Loaded_logs_get_at_least_254_talks_right_and_so_at_least_ninety_percent()
    {
        int right = Scores.Sum(s => s.Right);

        right.Should().BeGreaterThanOrEqualTo(RightFloor);
        (right * 100).Should().BeGreaterThanOrEqualTo(90 * AnnotatedTalks);
    }

    [Fact]
    public void Loaded_logs_have_at_most_13_false_talks_and_so_at_most_five_percent()
    {
        int wrong = Scores.Sum(s => s.False);

        wrong.Should().BeLessThanOrEqualTo(FalseCeiling);
        (wrong * 100).Should().BeLessThanOrEqualTo(5 * AnnotatedTalks);
    }

    [Fact]
    public void Loaded_logs_find_at_least_49_of_the_50_exchanges()
    {
        int found = Scores.Sum(s => s.ExchangesFound);

        found.Should().BeGreaterThanOrEqualTo(ExchangesFloor);
        (found * 100).Should().BeGreaterThanOrEqualTo(80 * AnnotatedExchanges);
    }

    [Fact]
    public void The_files_that_are_not_event_notes_yield_no_talk()
    {
        Scores.Where(s => s.Talks == 0).Should().HaveCount(6).And.OnlyContain(s => s.False == 0);
    }

    public static TheoryData<string> Files() => new(Corpus.Names);

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_keeps_every_promise_days_included(string name)
    {
        var log = ConferenceLog.Load(Corpus.PathOf(name));

        Invariants.Check(Corpus.Text(name), log).Should().BeNull();
        foreach (var day in log.Days)
        {
            day.Talks.Where(t => !day.Span.Covers(t.Span)).Should().BeEmpty("a day covers its talks");
            log.Sessions.Should().Contain(s => s.Header == day.Header, "a day's heading opens a section");
        }

        log.Days.Select(d => d.Span.Offset).Should().BeInAscendingOrder();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Streaming_each_file_gives_sessions_equal_to_those_parsing_gives(string name)
    {
        string text = Corpus.Text(name);
        var parsed = ConferenceLog.Parse(text);

        var stream = ConferenceLog.Stream(new StringReader(text));
        var streamed = stream.ToList();

        streamed.Should().Equal(parsed.Sessions);
        (stream.Markup, stream.MarkupReason).Should().Be((parsed.Markup, parsed.MarkupReason));
        stream.Days.Should().Equal(parsed.Days);
    }

    [Fact]
    public void Every_talk_the_reader_found_says_why_it_is_a_talk()
    {
        var talks = Corpus.Names.Select(n => ConferenceLog.Load(Corpus.PathOf(n)))
            .Where(l => !l.MarkupReason.Contains("seed's form", System.StringComparison.Ordinal)).SelectMany(l => l.Talks).ToList();

        talks.Should().NotBeEmpty();
        talks.Should().OnlyContain(t => !t.Evidence.IsEmpty && t.Evidence.All(e => e.Rule.Length > 0));
    }
}
