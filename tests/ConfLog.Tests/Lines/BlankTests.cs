using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class BlankTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("\u3000")]
    [InlineData("  \t\u3000 ")]
    public void Reads_an_empty_or_white_line(string line)
    {
        var result = Parsing.Accept(ConfLogGrammar.Blank, line);

        result.Value.Should().Be(new BlankLine());
        result.Remainder.AtEnd.Should().BeTrue();
    }

    [Theory]
    [InlineData("x")]
    [InlineData("  x  ")]
    [InlineData("-")]
    [InlineData("\u00a0")]
    [InlineData("。")]
    public void Rejects_a_line_with_anything_else(string line)
    {
        Parsing.Reject(ConfLogGrammar.Blank, line);
    }
}
