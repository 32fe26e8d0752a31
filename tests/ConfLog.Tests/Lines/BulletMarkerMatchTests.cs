using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// BulletMarkers.Match says where the text after a marker may start: past the one white space an ASCII marker needs,
// right after a CJK marker (which needs none, and leaves a space after it to the text's own indentation).
public sealed class BulletMarkerMatchTests
{
    private static readonly BulletMarkers Default = new(BulletGrammar.DefaultBulletMarkers);

    [Theory]
    [InlineData("- x", 0, "-", 2)]
    [InlineData("-\tx", 0, "-", 2)]
    [InlineData("  *  x", 2, "*", 4)]
    [InlineData("-", 0, "-", 1)]
    [InlineData("・項目", 0, "・", 1)]
    [InlineData("・ 項目", 0, "・", 1)]
    [InlineData("・\u3000項目", 0, "・", 1)]
    public void Match_gives_the_marker_and_the_index_past_it(string line, int at, string marker, int next)
    {
        Default.Match(line, at, out int after).Should().Be(marker);
        after.Should().Be(next);
    }

    [Theory]
    [InlineData("-x", 0)]
    [InlineData("---", 0)]
    [InlineData("・・・", 0)]
    [InlineData("x", 0)]
    public void Match_finds_no_marker_where_none_makes_a_bullet(string line, int at)
    {
        Default.Match(line, at, out int after).Should().BeNull();
        after.Should().Be(at);
    }
}
