using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfLog.Model;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Streaming;

// ConferenceLog.Stream gives what Parse gives, a session at a time, reading no further than it must.
public sealed class StreamedLogTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string> { Seed.Text };
        foreach (string name in Corpus.Names)
        {
            data.Add(Corpus.Text(name));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Streaming_gives_the_sessions_event_and_diagnostics_that_parsing_gives(string text)
    {
        var parsed = ConferenceLog.Parse(text);
        var stream = ConferenceLog.Stream(new StringReader(text));

        var sessions = stream.ToList();

        Describe(sessions).Should().Equal(Describe(parsed.Sessions));
        stream.Event.Should().BeEquivalentTo(parsed.Event, o => o.ComparingByMembers<Event>());
        stream.Diagnostics.OrderBy(d => d.Span.Offset).ThenBy(d => d.Code, StringComparer.Ordinal).Should().Equal(parsed.Diagnostics);
    }

    [Fact]
    public void Streaming_agrees_with_parsing_on_generated_text_read_a_character_at_a_time()
    {
        Properties.LogGen.Any.Sample(
            text =>
            {
                var parsed = ConferenceLog.Parse(text);
                var streamed = ConferenceLog.Stream(new TrickleReader(text)).ToList();
                return Describe(streamed).SequenceEqual(Describe(parsed.Sessions));
            },
            iter: 1500);
    }

    [Fact]
    public void The_first_session_comes_before_the_whole_text_is_read()
    {
        var reader = new TrickleReader(Seed.Text);

        using var sessions = ConferenceLog.Stream(reader).GetEnumerator();
        sessions.MoveNext().Should().BeTrue();

        sessions.Current.Should().BeOfType<Interlude>();
        reader.Consumed.Should().BeLessThan(Seed.Text.Length / 10);
        sessions.MoveNext().Should().BeTrue();
        sessions.Current.Should().BeOfType<Talk>().Which.Title.Should().Be("BitVisorの現状と今後");
    }

    [Fact]
    public void The_event_is_known_once_enumeration_has_begun()
    {
        var stream = ConferenceLog.Stream(new StringReader(Seed.Text));
        stream.Event.Should().BeNull();

        using var sessions = stream.GetEnumerator();
        sessions.MoveNext();

        stream.Event!.Venue.Should().Be("筑波大学");
        stream.Event.StartsAt.Should().Be(new DateTime(2012, 12, 4, 10, 10, 0));
    }

    [Fact]
    public void A_stream_is_read_once()
    {
        var stream = ConferenceLog.Stream(new StringReader(Seed.Text));
        _ = stream.Count();

        var again = () => stream.Count();

        again.Should().Throw<InvalidOperationException>().WithMessage("A streamed log reads its text reader once; parse again to read it again.");
    }

    [Fact]
    public void A_line_ending_split_across_reads_is_one_ending()
    {
        string text = "T / S\r\n- a\r\r\n- b\r";

        var lines = ConferenceLog.Stream(new TrickleReader(text)).SelectMany(s => s.Items).Select(i => i.Span.Line);

        lines.Should().Equal(ConferenceLog.Parse(text).Sessions.SelectMany(s => s.Items).Select(i => i.Span.Line));
    }

    [Fact]
    public void Strict_streaming_throws_at_the_end_when_the_log_had_errors()
    {
        var stream = ConferenceLog.Stream(new StringReader("T / S\n[2012-13-45 10:00]\nU / V"), new ConfLogOptions { Strict = true });
        var seen = new List<Session>();

        var read = () => seen.AddRange(stream);

        read.Should().Throw<ConfLogParseException>().Which.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CL0001");
        seen.Should().HaveCount(2);
    }

    /// <summary>One line per node of <paramref name="sessions"/>: its type, span and texts, to compare models made apart.</summary>
    internal static IEnumerable<string> Describe(IEnumerable<Session> sessions) =>
        sessions.SelectMany(session => new[] { session }.Concat(session.Descendants()))
            .Select(node => $"{node.GetType().Name} {node.Span.Offset}+{node.Span.Length} {Summary(node)}");

    private static string Summary(Node node) => node switch
    {
        Talk talk => $"{talk.Title} {talk.Start:s} {talk.End:s} {talk.StartInferred}",
        Session session => $"{session.Start:s} {session.End:s}",
        Speaker speaker => $"{speaker.Name} ({speaker.Affiliation})",
        Link link => link.Url,
        Note note => $"{note.Label}: {note.Text}",
        Prose prose => prose.Text,
        Question question => question.Text,
        Answer answer => answer.Text,
        _ => string.Empty,
    };

    // Gives one character per read, so every line ending can fall across two reads.
    private sealed class TrickleReader : TextReader
    {
        private readonly string _text;

        public TrickleReader(string text) => _text = text;

        public int Consumed { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            if (Consumed == _text.Length || count == 0)
            {
                return 0;
            }

            buffer[index] = _text[Consumed++];
            return 1;
        }
    }
}
