using System.Linq;
using FluentAssertions;
using ConfLog.Lines;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// Adding a line kind is one entry in the table (LineKinds) and the kind's rule: the dispatching parser and the
// reference chain are both built from the table, so neither needs a second edit. Shown here with a kind the grammar
// does not have, a horizontal rule, entered just before prose as a new kind would be.
public sealed class NewLineKindTests
{
    private sealed record RuleLine(LinePart Text) : LineSyntax;

    // The rule: three or more dashes and nothing else, "---".
    private static readonly Parser<LineSyntax> Rule =
        (from indent in TextRuns.Spaces
         from dashes in TextRuns.Run(c => c == '-', "dash")
         where dashes.Length >= 3
         from trailing in TextRuns.Spaces
         select (LineSyntax)new RuleLine(dashes)).End().Named("rule");

    private static readonly LineKind Entry = new("rule", Rule, FirstCharacters: "-");

    private static LineKind[] WithRule() =>
        LineKinds.Of(ConfLogOptions.Default).Take(LineKinds.Of(ConfLogOptions.Default).Count - 1)
            .Append(Entry).Append(LineKinds.Of(ConfLogOptions.Default)[^1]).ToArray();

    [Theory]
    [InlineData("---", 0)]
    [InlineData("  -----  ", 2)]
    public void The_new_kind_is_read_by_both_parsers_built_from_the_table(string line, int index)
    {
        var expected = new RuleLine(new LinePart(line.Trim(), index));

        LineKinds.Dispatching(WithRule())(new LineInput(line)).Value.Should().Be(expected);
        LineKinds.Chain(WithRule())(new LineInput(line)).Value.Should().Be(expected);
        ConfLogGrammar.Line(new LineInput(line)).Value.Should().BeOfType<ProseLine>("the default table has no such entry");
    }

    [Theory]
    [InlineData("- x")]
    [InlineData("--")]
    [InlineData("--- x")]
    [InlineData("[2012-12-04 10:40]")]
    [InlineData("Lunch")]
    public void Every_other_line_reads_as_before(string line)
    {
        LineKinds.Dispatching(WithRule())(new LineInput(line)).Value.Should().Be(ConfLogGrammar.Line(new LineInput(line)).Value);
        LineKinds.Chain(WithRule())(new LineInput(line)).Value.Should().Be(ConfLogGrammar.Line(new LineInput(line)).Value);
    }
}
