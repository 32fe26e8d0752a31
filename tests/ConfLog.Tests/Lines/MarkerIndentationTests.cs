using System.Linq;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// A parsed log keeps every bullet's marker and its indentation, however deep. Shallow markers are shared: every
// bullet of a log with the same marker at the same indentation holds the same part, so a large log does not keep
// one per line.
public sealed class MarkerIndentationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void A_bullet_keeps_its_marker_at_any_indentation(int indent)
    {
        string line = new string(' ', indent) + "- x";

        ConferenceLog.Parse(line).Lines[0].Syntax
            .Should().Be(new BulletLine(new LinePart("-", indent), null, new LinePart("x", indent + 2)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(15)]
    public void Bullets_with_one_marker_at_one_shallow_indentation_have_equal_parts(int indent)
    {
        string pad = new string(' ', indent);
        var log = ConferenceLog.Parse($"{pad}- a\n{pad}* b\n{pad}- c\n{pad}* d");

        var markers = log.Lines.Select(l => ((BulletLine)l.Syntax).Marker).ToArray();
        markers.Select(m => m.Text).Should().Equal("-", "*", "-", "*");
        markers.Should().OnlyContain(m => m.Index == indent);
        markers[0].Should().Be(markers[2]);
        markers[1].Should().Be(markers[3]);
        markers[0].Should().NotBe(markers[1]);
    }

    [Fact]
    public void Different_markers_at_one_indentation_keep_their_own_text()
    {
        var log = ConferenceLog.Parse("・項目\n+ b\n• c\n* d\n- e\n・項目\n- f");

        log.Lines.Select(l => ((BulletLine)l.Syntax).Marker.Text).Should().Equal("・", "+", "•", "*", "-", "・", "-");
    }
}
