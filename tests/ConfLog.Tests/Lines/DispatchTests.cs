using FluentAssertions;
using ConfLog.Lines;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// Dispatch looks a line's first non-blank character up in a table: ASCII in an array, the rest in a dictionary. A
// case must be found for its characters on both sides of that split, the last ASCII character U+007F and the first
// after it U+0080, and a line starting with any other character goes to the cases that take any start.
public sealed class DispatchTests
{
    private static readonly Parser<string> Kinds = TextRuns.Dispatch(
        "kind",
        new DispatchCase<string>(TextRuns.RestOfLine.Select(_ => "last ascii"), "\u007F"),
        new DispatchCase<string>(TextRuns.RestOfLine.Select(_ => "first beyond ascii"), "\u0080"),
        new DispatchCase<string>(TextRuns.RestOfLine.Select(_ => "any")));

    [Theory]
    [InlineData("\u007Fx", "last ascii")]
    [InlineData("  \u007F", "last ascii")]
    [InlineData("\u0080x", "first beyond ascii")]
    [InlineData("\t\u0080", "first beyond ascii")]
    [InlineData("\u0081x", "any")]
    [InlineData("~x", "any")]
    [InlineData("", "any")]
    public void A_line_goes_to_the_case_for_its_first_character_either_side_of_ascii(string line, string kind)
    {
        Parsing.Value(Kinds, line).Should().Be(kind);
    }

    [Theory]
    [InlineData("\u0080")]
    [InlineData("\u0080 after a C1 control")]
    public void The_line_grammar_reads_a_line_opening_with_U_0080_as_prose(string line)
    {
        ConfLogGrammar.Line(new LineInput(line)).Value.Should().Be(new ProseLine(new LinePart(line.Trim(), 0)));
    }
}
