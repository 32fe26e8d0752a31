using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Properties;

public sealed class ConcurrencyTests
{
    [Fact]
    public void The_static_grammar_gives_the_same_log_on_eight_threads_a_thousand_times()
    {
        string text = Seed.Text;
        string expected = ConferenceLog.Parse(text).ToJson();
        var differing = new ConcurrentBag<string>();

        Parallel.For(0, 1000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            string json = ConferenceLog.Parse(text).ToJson();
            if (json != expected)
            {
                differing.Add(json);
            }
        });

        differing.Should().BeEmpty();
    }

    [Fact]
    public void Different_logs_parsed_at_once_do_not_bleed_into_each_other()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Talk {i} / Speaker {i}(Org {i})\n- note {i}\n- Q: q{i}\n- A: a{i}").ToArray();

        var logs = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(text => ConferenceLog.Parse(text)).ToArray();

        for (int i = 0; i < texts.Length; i++)
        {
            logs[i].Talks.Should().ContainSingle().Which.Speakers[0].Affiliation.Should().Be($"Org {i}");
            logs[i].Talks[0].Exchanges[0].Answers[0].Text.Should().Be($"a{i}");
        }
    }
}
