using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Structure;
using ConfLog.Text;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Structure;

// The pipeline looks at the token every 64 lines, before the 64th, 128th, ... line is read: a field read, not a cost of
// every line. A token cancelled while a line is read is seen at the next such line, and not before. The token is
// cancelled from inside the read by a line kind of the user's that never matches, so the moment is exact.
public sealed class ParseCancellationTests
{
    private static ConfLogOptions CancellingAt(int number, CancellationTokenSource cancel) => ConfLogOptions.Default with
    {
        Recognizers = ImmutableArray.Create(new LineRecognizer("never", input =>
        {
            if (input.Source == $"line {number} of prose")
            {
                cancel.Cancel();
            }

            return Result.Failure<LinePart>(input, "not this kind", Array.Empty<string>());
        })),
    };

    private static SourceText LinesOfProse(int count) =>
        SourceText.From(string.Join("\n", Enumerable.Range(1, count).Select(i => $"line {i} of prose")));

    private static (LogPipeline Pipeline, ImmutableArray<ConfLog.Model.Session> Sessions) Read(SourceText source, ConfLogOptions options, CancellationToken token) =>
        LogPipeline.ReadAll(source.Cursor(), options, new List<Diagnostic>(), new TextSource(source.Text), cancellationToken: token);

    [Fact]
    public void A_token_cancelled_while_the_63rd_line_is_read_stops_the_read_before_the_64th()
    {
        var source = LinesOfProse(64);
        using var cancel = new CancellationTokenSource();

        var read = () => Read(source, CancellingAt(63, cancel), cancel.Token);

        read.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void A_token_cancelled_while_the_63rd_and_last_line_is_read_is_not_seen_by_the_read()
    {
        var source = LinesOfProse(63);
        using var cancel = new CancellationTokenSource();

        var (pipeline, sessions) = Read(source, CancellingAt(63, cancel), cancel.Token);

        pipeline.LineCount.Should().Be(63, "the token is looked at only before the 64th line");
        sessions.Should().ContainSingle().Which.Should().BeOfType<ConfLog.Model.Interlude>();
    }

    [Fact]
    public void A_token_cancelled_while_the_64th_line_is_read_is_not_seen_before_the_128th()
    {
        using var cancel = new CancellationTokenSource();

        var (pipeline, _) = Read(LinesOfProse(127), CancellingAt(64, cancel), cancel.Token);

        cancel.IsCancellationRequested.Should().BeTrue();
        pipeline.LineCount.Should().Be(127);
    }

    [Fact]
    public void A_token_cancelled_while_the_64th_line_is_read_stops_the_read_before_the_128th()
    {
        using var cancel = new CancellationTokenSource();

        var read = () => Read(LinesOfProse(128), CancellingAt(64, cancel), cancel.Token);

        read.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public async System.Threading.Tasks.Task Loading_stops_at_the_same_line_as_the_pipeline()
    {
        using var cancel = new CancellationTokenSource();
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(LinesOfProse(64).Text));

        var load = () => ConferenceLog.LoadAsync(stream, CancellingAt(63, cancel), cancel.Token);

        await load.Should().ThrowAsync<OperationCanceledException>();
    }
}
