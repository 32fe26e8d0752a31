using FluentAssertions;
using Xunit;

namespace ConfLog.FluentAssertions.Tests;

public sealed class ClosestTests
{
    private static readonly string[] Candidates = ["abd", "xyz", "abe", "abf", "abg"];

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("TwitVisor", "TwitVisor", 0)]
    [InlineData("TwitVisr", "TwitVisor", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("島田恭平", "島田恭介", 1)]
    public void Distance_counts_insertions_deletions_and_substitutions(string a, string b, int expected)
    {
        Closest.Distance(a, b).Should().Be(expected);
        Closest.Distance(b, a).Should().Be(expected);
    }

    [Theory]
    [InlineData("TCP", "BSDのTCPスタック", 0)]
    [InlineData("TPC", "BSDのTCPスタック", 1)]
    [InlineData("UDP", "汎用的なTCP実装", 2)]
    [InlineData("UDP", "日本語", 3)]
    [InlineData("", "anything", 0)]
    [InlineData("abc", "", 3)]
    public void DistanceWithin_ignores_what_surrounds_the_match(string pattern, string text, int expected)
    {
        Closest.DistanceWithin(pattern, text).Should().Be(expected);
    }

    [Fact]
    public void Nearest_keeps_ties_in_source_order_and_at_most_three()
    {
        var nearest = Closest.Nearest(Candidates, s => Closest.Distance("abc", s));

        nearest.Should().Equal("abd", "abe", "abf");
    }
}
