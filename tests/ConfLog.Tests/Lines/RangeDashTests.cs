using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

public sealed class RangeDashTests
{
    [Theory]
    [InlineData("〜", '〜', 1)]
    [InlineData("～", '～', 1)]
    [InlineData("~", '~', 1)]
    [InlineData("-", '-', 1)]
    [InlineData("–", '–', 1)]
    [InlineData(" ~ ", '~', 3)]
    [InlineData("  -  17:50", '-', 5)]
    [InlineData("\u3000〜\u3000", '〜', 3)]
    [InlineData("〜17:50", '〜', 1)]
    public void Reads_the_dash_and_the_white_space_around_it(string text, char dash, int consumed)
    {
        var result = Parsing.Accept(DateGrammar.RangeDash, text);

        result.Value.Should().Be(dash);
        result.Remainder.Position.Should().Be(consumed);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("to")]
    [InlineData("から")]
    [InlineData(" ")]
    [InlineData("")]
    public void Rejects_anything_but_a_range_dash(string text)
    {
        Parsing.Reject(DateGrammar.RangeDash, text);
    }
}
