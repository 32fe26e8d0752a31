using System.Linq;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// The table of line kinds (LineKinds) hands the dispatcher each kind's reader as a parser. Building that parser is
// the costly part of a kind, so a kind builds it once, however often it is asked for.
public sealed class LineKindTableTests
{
    [Fact]
    public void Every_kind_builds_its_fast_parser_and_its_scan_once()
    {
        foreach (var kind in LineKinds.Of(ConfLogOptions.Default))
        {
            kind.Fast.Should().BeSameAs(kind.Fast, "the {0} kind's parser is kept", kind.Name);
            kind.Scan.Should().BeSameAs(kind.Scan, "the {0} kind's scan is kept", kind.Name);
        }
    }

    [Fact]
    public void The_kinds_are_tried_in_the_documented_order()
    {
        var options = ConfLogOptions.Default with
        {
            MarkdownHeadings = true,
            Recognizers = [new LineRecognizer("slide", TextRuns.RestOfLine)],
        };

        LineKinds.Of(options).Select(k => k.Name).Should().Equal(
            "blank", "slide", "timestamp", "heading", "event header", "question", "answer", "bullet", "talk header",
            "break heading", "prose");
        LineKinds.Of(options with { MarkdownHeadings = false }).Select(k => k.Name).Should().NotContain("heading");
    }

    [Fact]
    public void A_kind_without_a_reader_runs_its_rule_itself()
    {
        var recognized = ConfLogOptions.Default with
        {
            Recognizers = [new LineRecognizer("slide", TextRuns.RestOfLine)],
        };

        var slide = LineKinds.Of(recognized).Single(k => k.Name == "slide");

        slide.Reader.Should().BeNull();
        slide.Fast.Should().BeSameAs(slide.Rule);
        slide.Scan.Should().BeSameAs(slide.Scan, "the scan made of the rule is kept");
        slide.Scan("Slide: 3", 0).Should().Be(new CustomLine("slide", new LinePart("Slide: 3", 0)));
    }

    [Fact]
    public void A_kind_with_a_reader_scans_with_it()
    {
        foreach (var kind in LineKinds.Of(ConfLogOptions.Default))
        {
            kind.Reader.Should().NotBeNull("every kind of the default dialect has a reader ({0})", kind.Name);
            kind.Scan.Should().BeSameAs(kind.Reader, "the {0} kind scans with its reader", kind.Name);
        }
    }

    [Theory]
    [InlineData("timestamp", "[not a time]")]
    [InlineData("bullet", "Lunch")]
    [InlineData("event header", "- 2012-13-04 Tokyo")]
    public void A_one_pass_reader_that_fails_says_only_that_the_line_is_not_its_kind(string name, string line)
    {
        var kind = LineKinds.Of(ConfLogOptions.Default).Single(k => k.Name == name);

        var result = kind.Fast(new LineInput(line));

        result.WasSuccessful.Should().BeFalse();
        result.Message.Should().Be("not this kind of line");
        result.Expectations.Should().Equal("line");
        result.Remainder.Position.Should().Be(0);
    }

    [Theory]
    [InlineData("question", "- x", "unexpected 'x', expected question marker")]
    [InlineData("answer", "- x", "unexpected 'x', expected answer marker")]
    public void The_rules_of_the_exchange_kinds_name_the_marker_they_expect(string name, string line, string message)
    {
        var kind = LineKinds.Of(ConfLogOptions.Default).Single(k => k.Name == name);

        var result = kind.Rule(new LineInput(line));

        result.WasSuccessful.Should().BeFalse();
        FailureText.Of(result).Should().Be(message);
        result.Remainder.Position.Should().Be(2);
    }

    // Prose, last in every table, reads any line; without it, a line no kind reads is told a line was expected.
    [Fact]
    public void Without_prose_a_line_no_kind_reads_is_told_a_line_was_expected()
    {
        var kinds = LineKinds.Of(ConfLogOptions.Default).Where(k => k.Name != "prose").ToArray();

        // Longer than a break heading, so that no kind is even tried on it.
        const string line = "Lunch was good, and the talks after it better still.";
        var chained = LineKinds.Chain(kinds)(new LineInput(line));
        var dispatched = LineKinds.Dispatching(kinds)(new LineInput(line));

        chained.WasSuccessful.Should().BeFalse();
        chained.Expectations.Should().Equal("line");
        chained.Message.Should().Be(kinds[0].Rule(new LineInput(line)).Message, "the chain keeps the first kind's failure");
        chained.Message.Should().NotBe(kinds[^1].Rule(new LineInput(line)).Message);
        dispatched.WasSuccessful.Should().BeFalse();
        dispatched.Message.Should().Be("unexpected 'L', expected line");
        LineKinds.Scanning(kinds)(line, 0).Should().BeNull();
    }

    [Fact]
    public void A_dispatch_needs_its_cases()
    {
        var act = () => TextRuns.Dispatch<LineSyntax>("line", null!);

        act.Should().Throw<System.ArgumentNullException>().WithParameterName("cases");
    }
}
