using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Text;

// A line where it stands in its text reads as the string of the line would: indexes count from the line's start.
public sealed class LineTextTests
{
    private const string Whole = "first: one\n- 資料: そのうち公開 / x\nlast";

    private static readonly char[] Colons = { ':', '：' };

    private static readonly char[] Ell = { 'l' };

    private static LineText Second => new(Whole, 11, 16);

    [Fact]
    public void Reads_its_characters_from_the_line_start()
    {
        var line = Second;

        line.Length.Should().Be(16);
        line[0].Should().Be('-');
        line[15].Should().Be('x');
        line.ToString().Should().Be("- 資料: そのうち公開 / x");
        line.AsSpan().ToString().Should().Be(line.ToString());
    }

    [Theory]
    [InlineData(0, 16, 4)]
    [InlineData(5, 11, -1)]
    [InlineData(0, 4, -1)]
    [InlineData(0, 5, 4)]
    public void Finds_characters_within_the_line_only(int start, int count, int expected)
    {
        Second.IndexOfAny(Colons, start, count).Should().Be(expected);
    }

    [Fact]
    public void Does_not_find_what_stands_in_the_next_line()
    {
        Second.IndexOfAny(Ell, 0).Should().Be(-1);
        Second.Contains("last").Should().BeFalse();
        Second.Contains(" / ").Should().BeTrue();
    }

    [Fact]
    public void A_string_is_a_line_of_its_own()
    {
        LineText line = "a / b";

        line.Length.Should().Be(5);
        line.Offset.Should().Be(0);
        line.ToString().Should().BeSameAs(line.Text);
    }
}
