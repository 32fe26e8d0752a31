using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConfLog.Model;
using ConfLog.Tests.Streaming;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Async;

// LoadAsync and StreamAsync read with asynchronous reads only, and give what Load, Parse and Stream give.
public sealed class AsyncReadingTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string> { Seed.Path };
        foreach (string name in Corpus.Names)
        {
            data.Add(Corpus.PathOf(name));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Loading_a_file_asynchronously_gives_the_log_loading_it_gives(string path)
    {
        var log = await ConferenceLog.LoadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        log.Should().Be(ConferenceLog.Load(path));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Loading_a_stream_that_refuses_synchronous_reads_gives_the_log_the_file_gives(string path)
    {
        using var body = new AsyncOnlyStream(File.ReadAllBytes(path));

        var log = await ConferenceLog.LoadAsync(body, cancellationToken: TestContext.Current.CancellationToken);

        log.Should().Be(ConferenceLog.Load(path));
        body.AsyncReads.Should().BePositive();
    }

    [Fact]
    public void The_synchronous_load_of_such_a_stream_fails()
    {
        using var body = new AsyncOnlyStream(File.ReadAllBytes(Seed.Path));

        var load = () => ConferenceLog.Load(body);

        load.Should().Throw<InvalidOperationException>().WithMessage("Synchronous operations are disallowed*");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Streaming_a_stream_asynchronously_gives_the_sessions_event_and_diagnostics_that_loading_gives(string path)
    {
        var loaded = ConferenceLog.Load(path);
        using var body = new AsyncOnlyStream(File.ReadAllBytes(path));
        var stream = ConferenceLog.StreamAsync(body, cancellationToken: TestContext.Current.CancellationToken);

        var sessions = await ToListAsync(stream);

        StreamedLogTests.Describe(sessions).Should().Equal(StreamedLogTests.Describe(loaded.Sessions));
        stream.Event.Should().BeEquivalentTo(loaded.Event, o => o.ComparingByMembers<Event>());
        Sorted(stream.Diagnostics).Should().Equal(loaded.Diagnostics.Where(d => d.Code != "CL0011"), "the reader replaces invalid bytes unsaid");
        body.CanRead.Should().BeTrue("the caller's stream is left open");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Streaming_a_reader_asynchronously_gives_what_streaming_it_gives(string path)
    {
        string text = File.ReadAllText(path);
        var streamed = ConferenceLog.Stream(new StringReader(text));
        var expected = streamed.ToList();

        var stream = ConferenceLog.StreamAsync(new StringReader(text));
        var sessions = await ToListAsync(stream);

        StreamedLogTests.Describe(sessions).Should().Equal(StreamedLogTests.Describe(expected));
        stream.Diagnostics.Should().Equal(streamed.Diagnostics);
        (stream.Markup, stream.MarkupReason).Should().Be((streamed.Markup, streamed.MarkupReason));
        stream.Days.Should().Equal(streamed.Days);
    }

    [Fact]
    public async Task The_first_session_comes_before_the_whole_stream_is_read()
    {
        // Read in small pieces, so that reading the whole of it would take many reads.
        byte[] bytes = Encoding.UTF8.GetBytes(GeneratedLog.OfAtLeast(1024 * 1024));
        using var body = new AsyncOnlyStream(bytes, piece: 4096);
        await using var sessions = ConferenceLog.StreamAsync(body).GetAsyncEnumerator(TestContext.Current.CancellationToken);

        (await sessions.MoveNextAsync()).Should().BeTrue();

        sessions.Current.Should().BeOfType<Interlude>();
        body.Consumed.Should().BeLessThan(bytes.Length / 10);
    }

    [Fact]
    public async Task Loading_a_missing_file_asynchronously_fails_in_the_task_as_loading_it_fails()
    {
        string path = Path.Combine(Path.GetTempPath(), $"conflog-missing-{Guid.NewGuid():N}.txt");
        var load = ConferenceLog.LoadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        await load.Invoking(t => t).Should().ThrowAsync<FileNotFoundException>();
        FluentActions.Invoking(() => ConferenceLog.Load(path)).Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void A_null_argument_is_refused_at_the_call_not_in_the_task()
    {
        // Each is called, not awaited: the argument is checked before a task is made.
        Action[] calls =
        [
            () => ConferenceLog.LoadAsync((Stream)null!),
            () => ConferenceLog.LoadAsync((string)null!),
            () => ConferenceLog.StreamAsync((TextReader)null!),
            () => ConferenceLog.StreamAsync((Stream)null!),
        ];

        calls.Select(call => call.Should().Throw<ArgumentNullException>().Which.ParamName)
            .Should().Equal("stream", "path", "reader", "stream");
    }

    [Fact]
    public async Task A_streamed_log_is_enumerated_once()
    {
        var stream = ConferenceLog.StreamAsync(new StringReader(Seed.Text));
        await ToListAsync(stream);

        var again = () => stream.GetAsyncEnumerator(TestContext.Current.CancellationToken);

        again.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task In_strict_mode_a_stream_with_errors_gives_its_sessions_then_throws()
    {
        const string Text = "Talk / Ann\n- a note\n[2012-13-45 10:00]\nOther / Bo\n- more\n";
        var log = ConferenceLog.Parse(Text);
        log.HasErrors.Should().BeTrue("the test needs a log with an error");
        var sessions = new List<Session>();

        var read = async () =>
        {
            await foreach (var session in ConferenceLog.StreamAsync(new StringReader(Text), new ConfLogOptions { Strict = true }))
            {
                sessions.Add(session);
            }
        };

        (await read.Should().ThrowAsync<ConfLogParseException>()).Which.Diagnostics.Should().Equal(log.Diagnostics);
        sessions.Should().HaveCount(log.Sessions.Length);
    }

    internal static async Task<List<Session>> ToListAsync(IAsyncEnumerable<Session> sessions)
    {
        var list = new List<Session>();
        await foreach (var session in sessions)
        {
            list.Add(session);
        }

        return list;
    }

    private static IEnumerable<ConfLog.Diagnostics.Diagnostic> Sorted(IEnumerable<ConfLog.Diagnostics.Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Span.Offset).ThenBy(d => d.Code, StringComparer.Ordinal);
}
