using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

public sealed class SeedTalkTests
{
    [Fact]
    public void The_seed_has_ten_talks()
    {
        Seed.Log.Talks.Should().HaveCount(10);
    }

    [Fact]
    public void The_seed_has_23_exchanges_spread_over_its_talks()
    {
        Seed.Log.Talks.Select(t => t.Exchanges.Length).Should().Equal(0, 6, 4, 0, 1, 2, 2, 3, 3, 2);
    }
}
