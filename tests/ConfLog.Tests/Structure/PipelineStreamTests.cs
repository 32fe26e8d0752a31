using System.Collections.Generic;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;
using ConfLog.Structure;
using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The pipeline read as a stream gives each session as soon as the line after it is read, and in the end the same
// sessions a whole parse gives.
public sealed class PipelineStreamTests
{
    private const string Text = "First / Ann Lee\n- a\nSecond / Bob Ode\n- b\nThird / Cy Li\n- c\n";

    [Fact]
    public void A_streamed_pipeline_gives_each_session_once_the_line_after_it_is_read()
    {
        var source = SourceText.From(Text);
        int pulled = 0;
        IEnumerable<SourceLine> Lines()
        {
            foreach (var line in source.Lines)
            {
                pulled++;
                yield return line;
            }
        }

        var pipeline = new LogPipeline(ConfLogOptions.Default, new List<Diagnostic>(), TextSource.Lines);
        var seen = new List<(string Title, int Pulled)>();
        foreach (var session in pipeline.Read(Lines()))
        {
            seen.Add((((Talk)session).Title, pulled));
        }

        seen.Should().Equal(("First", 3), ("Second", 5), ("Third", 6));
    }

    [Fact]
    public void A_streamed_pipeline_gives_the_sessions_a_parse_gives()
    {
        var source = SourceText.From(Text);
        var pipeline = new LogPipeline(ConfLogOptions.Default, new List<Diagnostic>(), TextSource.Lines);

        var streamed = pipeline.Read(source.Lines).ToList();

        streamed.Select(s => s.Span).Should().Equal(ConferenceLog.Parse(Text).Sessions.Select(s => s.Span));
        pipeline.LineCount.Should().Be(6);
        pipeline.Event.Should().NotBeNull();
    }
}
