using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class BulletMarkerTests
{
    [Theory]
    [InlineData("- x", "-", 0, 2)]
    [InlineData("-", "-", 0, 1)]
    [InlineData("* x", "*", 0, 2)]
    [InlineData("+ x", "+", 0, 2)]
    [InlineData("• x", "•", 0, 2)]
    [InlineData("-\tx", "-", 0, 2)]
    [InlineData("-\u3000x", "-", 0, 2)]
    [InlineData("・項目", "・", 0, 1)]
    [InlineData("・ 項目", "・", 0, 1)]
    [InlineData("  - x", "-", 2, 4)]
    [InlineData("\t* x", "*", 1, 3)]
    [InlineData("\u3000・項目", "・", 1, 2)]
    public void Reads_the_marker_after_any_indentation_and_the_space_an_ascii_marker_needs(string line, string marker, int index, int consumed)
    {
        var result = Parsing.Accept(BulletGrammar.BulletMarker, line);

        result.Value.Should().Be(new LinePart(marker, index));
        result.Remainder.Position.Should().Be(consumed);
    }

    [Theory]
    [InlineData("---", "unexpected '-', expected bullet marker")]
    [InlineData("**bold**", "unexpected '*', expected bullet marker")]
    [InlineData("--", "unexpected '-', expected bullet marker")]
    [InlineData("", "unexpected end of line, expected bullet marker")]
    [InlineData("text", "unexpected 't', expected bullet marker")]
    public void Rejects_rules_bold_text_and_non_bullets_with_a_message(string line, string message)
    {
        Parsing.Reject(BulletGrammar.BulletMarker, line).Message.Should().Be(message);
    }

    [Theory]
    [InlineData("*bold*")]
    [InlineData("-text")]
    [InlineData("+1")]
    [InlineData("・・・")]
    [InlineData("– x")]
    [InlineData("— x")]
    [InlineData("> x")]
    [InlineData("1. x")]
    [InlineData("   ")]
    public void Rejects_markers_glued_to_text_repeated_or_unknown(string line)
    {
        Parsing.Reject(BulletGrammar.BulletMarker, line);
    }
}
