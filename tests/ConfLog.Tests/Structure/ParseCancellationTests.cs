using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConfLog.Diagnostics;
using ConfLog.Structure;
using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The pipeline looks at the token every 64 lines, before the 64th, 128th, ... line is read: a field read, not a cost of
// every line. A token cancelled as a line comes is seen at the next such line, and not before.
public sealed class ParseCancellationTests
{
    private static IEnumerable<SourceLine> CancellingAt(SourceText source, int number, CancellationTokenSource cancel)
    {
        foreach (var line in source.Lines)
        {
            if (line.Number == number)
            {
                cancel.Cancel();
            }

            yield return line;
        }
    }

    private static SourceText LinesOfProse(int count) =>
        SourceText.From(string.Join("\n", Enumerable.Range(1, count).Select(i => $"line {i} of prose")));

    [Fact]
    public void A_token_cancelled_as_the_64th_line_comes_stops_the_read_before_that_line()
    {
        var source = LinesOfProse(64);
        using var cancel = new CancellationTokenSource();

        var read = () => LogPipeline.ReadAll(CancellingAt(source, 64, cancel), ConfLogOptions.Default, new List<Diagnostic>(), new TextSource(source.Text), cancellationToken: cancel.Token);

        read.Should().Throw<System.OperationCanceledException>();
    }

    [Fact]
    public void A_token_cancelled_as_the_63rd_and_last_line_comes_is_not_seen_by_the_read()
    {
        var source = LinesOfProse(63);
        using var cancel = new CancellationTokenSource();

        var (pipeline, sessions) = LogPipeline.ReadAll(CancellingAt(source, 63, cancel), ConfLogOptions.Default, new List<Diagnostic>(), new TextSource(source.Text), cancellationToken: cancel.Token);

        pipeline.LineCount.Should().Be(63, "the token is looked at only before the 64th line");
        sessions.Should().NotBeNull();
    }
}
