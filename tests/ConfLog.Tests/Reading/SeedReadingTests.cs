using System.Linq;
using ConfLog.Lines;
using ConfLog.Model;
using ConfLog.Outline;
using ConfLog.Reading;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Reading;

// The founding sample is plain text: NotesReader finds the same talks and exchanges in it as the seed's own grammar.
public sealed class SeedReadingTests
{
    [Fact]
    public void The_seed_is_read_as_plain_text_with_the_talks_and_exchanges_conference_log_finds()
    {
        var read = NotesReader.Read(Seed.Text);

        read.Markup.Should().Be(NoteMarkup.Plain);
        read.Talks.Select(t => t.Title).Should().Equal(Seed.Log.Talks.Select(t => t.Title));
        read.Talks.Select(t => t.Exchanges.Count).Should().Equal(Seed.Log.Talks.Select(t => t.Exchanges.Length));
    }

    [Fact]
    public void The_seeds_speakers_keep_their_affiliations()
    {
        var first = NotesReader.Read(Seed.Text).Talks[0];

        first.Speakers.Single().Should().Be(new HeaderSpeaker("品川高廣", "東京大学", null));
    }
}
