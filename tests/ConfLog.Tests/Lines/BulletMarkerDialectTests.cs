using System;
using System.Collections.Immutable;
using System.Linq;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// Markers a dialect chooses: a marker ending in a character from U+2E80 on (where the CJK blocks begin) needs no
// white space after it, one ending below needs it; no markers at all make no bullets. The marker rule and the
// one-pass reader behind a parsed log must agree on each.
public sealed class BulletMarkerDialectTests
{
    private static ConfLogOptions Markers(params string[] markers) =>
        ConfLogOptions.Default with { BulletMarkers = markers.ToImmutableArray() };

    [Theory]
    [InlineData("\u2E80")]
    [InlineData("\u2E81")]
    [InlineData("〇")]
    public void A_marker_from_the_first_cjk_block_on_needs_no_space(string marker)
    {
        string line = marker + "項目";

        Parsing.Accept(BulletGrammar.BulletMarkerOf(new[] { marker }), line).Value.Should().Be(new LinePart(marker, 0));
        ConferenceLog.Parse(line, Markers(marker)).Lines[0].Syntax
            .Should().Be(new BulletLine(new LinePart(marker, 0), null, new LinePart("項目", 1)));
    }

    [Theory]
    [InlineData("\u2E7F")]
    [InlineData("→")]
    public void A_marker_below_the_first_cjk_block_needs_a_space(string marker)
    {
        var parser = BulletGrammar.BulletMarkerOf(new[] { marker });

        Parsing.Reject(parser, marker + "x").Message.Should().Be($"unexpected '{marker}', expected bullet marker");
        ConferenceLog.Parse(marker + "x", Markers(marker)).Lines[0].Syntax.Should().BeOfType<ProseLine>();
        var result = Parsing.Accept(parser, marker + " x");
        result.Remainder.Position.Should().Be(2);
        ConferenceLog.Parse(marker + " x", Markers(marker)).Lines[0].Syntax
            .Should().Be(new BulletLine(new LinePart(marker, 0), null, new LinePart("x", 2)));
    }

    [Theory]
    [InlineData("- x")]
    [InlineData("x")]
    [InlineData("")]
    public void No_markers_make_no_bullets(string line)
    {
        var parser = BulletGrammar.BulletMarkerOf(Array.Empty<string>());

        var failure = Parsing.Reject(parser, line);
        failure.Message.Should().Be(line.Length == 0 ? "unexpected end of line, expected bullet marker" : $"unexpected '{line[0]}', expected bullet marker");
        ConferenceLog.Parse(line, Markers()).Lines.Should().NotContain(l => l.Syntax is BulletLine);
    }

    [Theory]
    [InlineData("  x", 2)]
    [InlineData("\t---", 1)]
    [InlineData("\u3000 -text", 2)]
    public void An_indented_line_with_no_marker_is_told_a_bullet_marker_was_expected_after_the_indentation(string line, int position)
    {
        var failure = Parsing.Reject(BulletGrammar.BulletMarker, line);

        failure.Expectations.Should().Equal("bullet marker");
        failure.Remainder.Position.Should().Be(position);
    }
}
