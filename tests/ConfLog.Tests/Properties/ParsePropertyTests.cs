using System.Linq;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Properties;

// Properties of Parse that hold for any string, checked on generated text (CsCheck shrinks a failure to a small case).
public sealed class ParsePropertyTests
{
    [Fact]
    public void Writing_back_gives_the_input_for_any_string()
    {
        LogGen.Any.Sample(text => ConferenceLog.Parse(text).ToString() == text, iter: 3000);
    }

    [Fact]
    public void Every_line_of_the_input_belongs_to_exactly_one_session_or_the_event()
    {
        LogGen.Any.Sample(text => Invariants.LinesHaveOneOwner(ConferenceLog.Parse(text)) is null, iter: 2000);
    }

    [Fact]
    public void Spans_lie_inside_the_text_and_parents_cover_their_children()
    {
        LogGen.Any.Sample(
            text =>
            {
                var log = ConferenceLog.Parse(text);
                return Invariants.SpansInsideText(text, log) is null && Invariants.ParentsCoverChildren(log) is null;
            },
            iter: 2000);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_graphs()
    {
        LogGen.NotesLike.Sample(
            text =>
            {
                var first = ConferenceLog.Parse(text);
                var second = ConferenceLog.Parse(text);
                first.ToJson().Should().Be(second.ToJson());
                Invariants.Shape(first).Should().Equal(Invariants.Shape(second));
                first.Diagnostics.Should().Equal(second.Diagnostics);
            },
            iter: 500);
    }

    [Fact]
    public void Diagnostics_point_inside_the_text_and_in_source_order()
    {
        LogGen.Any.Sample(
            text =>
            {
                var diagnostics = ConferenceLog.Parse(text).Diagnostics;
                return diagnostics.All(d => d.Span.Offset >= 0 && d.Span.End <= text.Length && d.Span.Line >= 1)
                    && diagnostics.Select(d => d.Span.Offset).SequenceEqual(diagnostics.Select(d => d.Span.Offset).OrderBy(o => o));
            },
            iter: 2000);
    }

    [Fact]
    public void The_generators_reach_every_kind_of_session()
    {
        // Guards the properties above against a generator that only ever makes prose.
        var kinds = LogGen.NotesLike.Array[200, 200].Single()
            .SelectMany(text => ConferenceLog.Parse(text).Sessions.Select(s => s.Kind))
            .Distinct();

        kinds.Should().BeEquivalentTo(new[] { Model.SessionKind.Talk, Model.SessionKind.Break, Model.SessionKind.Section, Model.SessionKind.Interlude });
    }
}
