using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// Trimming a part copies nothing: a part with no white space to drop is returned itself, and a shorter one keeps the
// place of its first character in the line.
public sealed class LinePartTrimTests
{
    [Theory]
    [InlineData("Tokyo")]
    [InlineData(" Tokyo")]
    [InlineData("")]
    public void TrimEnd_with_nothing_to_drop_gives_an_equal_part_that_copies_nothing(string text)
    {
        var part = new LinePart(text, 3);

        part.TrimEnd().Should().Be(part);
        part.TrimEnd().Text.Should().BeSameAs(text);
    }

    [Theory]
    [InlineData("Tokyo")]
    [InlineData("")]
    [InlineData("東京")]
    public void Trim_with_nothing_to_drop_gives_an_equal_part_that_copies_nothing(string text)
    {
        var part = new LinePart(text, 3);

        part.Trim().Should().Be(part);
        part.Trim().Text.Should().BeSameAs(text);
    }

    [Theory]
    [InlineData("Tokyo \t\u3000", "Tokyo", 3)]
    [InlineData("  Tokyo", "  Tokyo", 3)]
    [InlineData("   ", "", 3)]
    public void TrimEnd_drops_trailing_white_space_only(string text, string trimmed, int index)
    {
        new LinePart(text, 3).TrimEnd().Should().Be(new LinePart(trimmed, index));
    }

    [Theory]
    [InlineData("\u3000 Tokyo \t", "Tokyo", 5)]
    [InlineData("  Tokyo", "Tokyo", 5)]
    [InlineData("Tokyo  ", "Tokyo", 3)]
    [InlineData("   ", "", 6)]
    public void Trim_drops_white_space_at_both_ends_and_moves_the_index_past_the_leading(string text, string trimmed, int index)
    {
        new LinePart(text, 3).Trim().Should().Be(new LinePart(trimmed, index));
    }
}
