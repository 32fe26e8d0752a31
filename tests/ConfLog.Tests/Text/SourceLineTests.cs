using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Text;

// A line cut from a text is a place in it until its text is read; as a value it is the line made from its own string.
public sealed class SourceLineTests
{
    private const string Whole = "BitVisor 2012\r\n- セキュアVM\n";

    [Fact]
    public void A_line_cut_from_a_text_has_the_text_of_its_place()
    {
        var line = SourceText.From(Whole).Lines[1];

        line.Text.Should().Be("- セキュアVM");
        line.Span.Should().Be(new SourceSpan(15, 8, 2, 1));
        line.SpanOf(2, 6).Should().Be(new SourceSpan(17, 6, 2, 3));
    }

    [Fact]
    public void Its_text_is_made_once()
    {
        var line = SourceText.From(Whole).Lines[0];

        line.Text.Should().BeSameAs(line.Text);
    }

    [Fact]
    public void A_line_cut_from_a_text_equals_the_line_made_from_its_string()
    {
        var cut = SourceText.From(Whole).Lines[1];
        var made = new SourceLine(2, 15, "- セキュアVM", "\n");

        cut.Should().Be(made);
        made.Should().Be(cut);
        cut.GetHashCode().Should().Be(made.GetHashCode());
    }

    [Theory]
    [InlineData(3, 15, "- セキュアVM", "\n")]
    [InlineData(2, 16, "- セキュアVM", "\n")]
    [InlineData(2, 15, "- セキュアVN", "\n")]
    [InlineData(2, 15, "- セキュアV", "\n")]
    [InlineData(2, 15, "- セキュアVM", "\r\n")]
    public void A_line_differing_in_number_place_text_or_ending_is_another(int number, int offset, string text, string ending)
    {
        SourceText.From(Whole).Lines[1].Should().NotBe(new SourceLine(number, offset, text, ending));
    }

    [Fact]
    public void A_line_given_another_text_has_it_and_keeps_the_rest()
    {
        var line = SourceText.From(Whole).Lines[1] with { Text = "- x" };

        line.Should().Be(new SourceLine(2, 15, "- x", "\n"));
        line.Span.Length.Should().Be(3);
    }

    [Fact]
    public void Deconstructs_into_what_it_was_made_of()
    {
        var (number, offset, text, ending) = SourceText.From(Whole).Lines[0];

        (number, offset, text, ending).Should().Be((1, 0, "BitVisor 2012", "\r\n"));
    }
}
