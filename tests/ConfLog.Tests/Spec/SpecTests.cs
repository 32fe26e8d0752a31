using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Spec;

// spec.md is both the description of the note format and this test suite: every example is parsed and its
// outline compared with the one the spec gives.
public sealed class SpecTests
{
    private static readonly string[] PromisedSections =
    {
        "Event header", "Talk headers", "Timestamps and times", "Bullets and nesting", "Continuation lines",
        "Labelled bullets", "Questions and answers", "Breaks", "Interludes", "Markdown headings and sections",
        "Days", "Line endings, byte-order mark and white space", "Diagnostics", "Options",
    };

    public static IEnumerable<TheoryDataRow<int>> Examples =>
        SpecExample.All.Select(example => new TheoryDataRow<int>(example.Ordinal)
        {
            TestDisplayName = $"Example {example.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} ({example.Section}, spec.md line {example.Line})",
        });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_parses_to_the_outline_the_spec_gives(int ordinal)
    {
        var example = SpecExample.All[ordinal - 1];

        var log = ConferenceLog.Parse(example.Input, example.ParseOptions());

        SpecOutline.Render(log).Should().Be(example.Expected, "spec.md example {0} ({1}, line {2}) says so", example.Number, example.Section, example.Line);
        log.ToString().Should().Be(example.Input, "every log writes back its input");
    }

    [Fact]
    public void The_examples_are_numbered_one_to_n_with_no_gaps()
    {
        var numbers = SpecExample.All.Select(example => example.Number).ToList();

        numbers.Should().NotBeEmpty();
        numbers.Should().Equal(Enumerable.Range(1, numbers.Count).Select(n => (int?)n));
    }

    [Fact]
    public void The_spec_has_at_least_sixty_examples_in_every_section_it_promises()
    {
        var sections = SpecExample.All.Select(example => example.Section).Distinct().ToList();

        SpecExample.All.Should().HaveCountGreaterThanOrEqualTo(60);
        sections.Should().Contain(PromisedSections);
    }

    [Fact]
    public void The_example_reader_turns_the_visible_markers_back_into_characters()
    {
        string fence = SpecExample.Fence;
        var lines = new[]
        {
            "## Markers", "Example 1", fence + " example options=SeedStyle breaks=Pause",
            "⟨BOM⟩-→a␠␠␍", "b␄", ".", "note \"a\"", fence,
        };

        var example = SpecExample.Read(lines).Single();

        example.Number.Should().Be(1);
        example.Section.Should().Be("Markers");
        example.Input.Should().Be("\uFEFF-\ta  \r\nb");
        example.Expected.Should().Be("note \"a\"");
        example.ParseOptions().BreakKeywords.Should().Equal("Pause");
        example.ParseOptions().MarkdownHeadings.Should().BeFalse();
    }
}
