using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConfLog.Lines;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Async;

// A cancelled token stops a parse between lines, wherever it came in: before the parse, or from another thread
// while it runs. Nothing here is timed: the other thread cancels while the parse is held at a known line.
public sealed class CancellationTests
{
    // About 4 million characters, the size of the parse that ran on for 975 ms after its token was cancelled.
    private static readonly Lazy<string> Large = new(() => GeneratedLog.OfAtLeast(4 * 1024 * 1024));

    [Fact]
    public void A_parse_with_a_cancelled_token_throws_instead_of_reading()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var parse = () => ConferenceLog.Parse(Large.Value, null, cancelled.Token);

        parse.Should().Throw<OperationCanceledException>().Which.CancellationToken.Should().Be(cancelled.Token);
    }

    [Fact]
    public async Task A_parse_stops_soon_after_another_thread_cancels_its_token()
    {
        using var cancellation = new CancellationTokenSource();
        using var held = new Hold(atCall: 1000);
        var options = new ConfLogOptions { Recognizers = [held.Recognizer] };

        var parse = Task.Run(() => ConferenceLog.Parse(Large.Value, options, cancellation.Token), TestContext.Current.CancellationToken);
        held.Reached.Wait(TestContext.Current.CancellationToken);
        await Task.Run(cancellation.Cancel, TestContext.Current.CancellationToken);
        held.Release();

        await parse.Invoking(p => p).Should().ThrowAsync<OperationCanceledException>();

        // Checked every 64 lines: the parse gave up within 64 lines of the one it was held at (blank lines are not
        // offered to a recognizer, so they are not counted here).
        held.Calls.Should().BeInRange(1000, 1000 + 64);
        Large.Value.Count(c => c == '\n').Should().BeGreaterThan(10 * held.Calls, "the log goes on far past where it stopped");
    }

    [Fact]
    public void A_parse_with_a_token_never_cancelled_gives_the_log_a_parse_without_one_gives()
    {
        using var cancellation = new CancellationTokenSource();

        var log = ConferenceLog.Parse(Large.Value, null, cancellation.Token);

        log.Should().Be(ConferenceLog.Parse(Large.Value));
        log.Talks.Should().HaveCountGreaterThan(1000);
    }

    [Fact]
    public async Task Loading_with_a_cancelled_token_throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(Large.Value));

        var load = () => ConferenceLog.LoadAsync(body, cancellationToken: cancelled.Token);

        await load.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Streaming_with_a_cancelled_token_throws_before_the_first_session()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        int given = 0;

        var stream = async () =>
        {
            await foreach (var session in ConferenceLog.StreamAsync(new StringReader(Large.Value), cancellationToken: cancelled.Token))
            {
                given++;
            }
        };

        await stream.Should().ThrowAsync<OperationCanceledException>();
        given.Should().Be(0);
    }

    [Fact]
    public async Task A_token_given_to_WithCancellation_stops_the_stream_at_the_next_session()
    {
        using var cancellation = new CancellationTokenSource();
        int given = 0;

        var stream = async () =>
        {
            await foreach (var session in ConferenceLog.StreamAsync(new StringReader(Large.Value)).WithCancellation(cancellation.Token))
            {
                if (++given == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await stream.Should().ThrowAsync<OperationCanceledException>();
        given.Should().Be(3);
    }

    // A line kind of the test's own that matches nothing, but holds the parse at one line until it is released.
    private sealed class Hold : IDisposable
    {
        private readonly int _atCall;
        private readonly ManualResetEventSlim _released = new();

        public Hold(int atCall)
        {
            _atCall = atCall;
            Recognizer = new LineRecognizer("hold", Watch);
        }

        public LineRecognizer Recognizer { get; }

        public ManualResetEventSlim Reached { get; } = new();

        // How many lines were offered to the recognizer: every line that is not blank, once each.
        public int Calls { get; private set; }

        public void Release() => _released.Set();

        public void Dispose()
        {
            _released.Dispose();
            Reached.Dispose();
        }

        private IResult<LinePart> Watch(IInput input)
        {
            if (++Calls == _atCall)
            {
                Reached.Set();
                _released.Wait();
            }

            return Result.Failure<LinePart>(input, "not held", ["a held line"]);
        }
    }
}
