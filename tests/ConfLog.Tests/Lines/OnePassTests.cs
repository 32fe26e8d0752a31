using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// The helpers the one-pass readers share must give what the queries' primitives give: LinePart.Trim for a trimmed
// stretch, RestOfLine then TrimEnd for the rest, TextRuns.Number for a fixed count of digits.
public sealed class OnePassTests
{
    [Theory]
    [InlineData("  TwitVisor  / x", 0, 13, "TwitVisor", 2)]
    [InlineData("\u3000\tTwitVisor", 0, 11, "TwitVisor", 2)]
    [InlineData("ab", 0, 2, "ab", 0)]
    [InlineData("x   y", 1, 4, "", 4)]
    [InlineData("", 0, 0, "", 0)]
    public void Trimmed_is_the_stretch_without_white_space_at_either_end(string s, int start, int end, string text, int index)
    {
        OnePass.Trimmed(s, start, end).Should().Be(new LinePart(text, index));
        OnePass.Trimmed(s, start, end).Should().Be(new LinePart(s.Substring(start, end - start), start).Trim());
    }

    [Theory]
    [InlineData("- 資料: 公開予定  ", 6, "公開予定")]
    [InlineData("- x", 3, "")]
    [InlineData("-   ", 1, "")]
    [InlineData("-   ", 2, "")]
    public void Rest_is_the_rest_of_the_line_without_its_trailing_white_space(string s, int p, string text)
    {
        OnePass.Rest(s, p).Should().Be(new LinePart(text, p));
        OnePass.TrimmedEnd(s, p).Should().Be(p + text.Length);
    }

    [Theory]
    [InlineData("2012-12", 0, 4, true, 2012, 4)]
    [InlineData("x09", 1, 2, true, 9, 3)]
    [InlineData("201", 0, 4, false, 0, 0)]
    [InlineData("20x2", 0, 4, false, 0, 0)]
    [InlineData("1/", 0, 2, false, 0, 0)]
    [InlineData("/0", 0, 2, false, 0, 0)]
    [InlineData(":0", 0, 2, false, 0, 0)]
    public void Digits_reads_exactly_that_many_digits_and_moves_past_them_only_when_they_are_there(string s, int p, int count, bool read, int value, int after)
    {
        int at = p;

        OnePass.Digits(s, ref at, count, out int number).Should().Be(read);

        if (read)
        {
            number.Should().Be(value);
        }

        at.Should().Be(read ? after : p);
    }

    [Theory]
    [InlineData("- Q: x", 2, "Q", true)]
    [InlineData("- Qu: x", 2, "Qu", true)]
    [InlineData("- Qx: x", 2, "Qu", false)]
    [InlineData("- Q", 2, "Qu", false)]
    [InlineData("- xQ", 2, "Q", false)]
    public void StartsWith_needs_every_character_of_the_text_at_the_index(string line, int at, string text, bool starts)
    {
        OnePass.StartsWith(line, at, text).Should().Be(starts);
    }

    [Fact]
    public void WordAt_gives_the_first_of_the_words_that_stands_there()
    {
        string[] words = ["Q&A", "Q"];

        OnePass.WordAt("- Q&A: x", 2, words).Should().Be("Q&A");
        OnePass.WordAt("- Q: x", 2, words).Should().Be("Q");
        OnePass.WordAt("- A: x", 2, words).Should().BeNull();
    }
}
