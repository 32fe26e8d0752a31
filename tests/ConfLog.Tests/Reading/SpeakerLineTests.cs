using System.Linq;
using ConfLog.Reading;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Reading;

// Speakers written under the header: a field, a bold line, a plain name line, a first bullet, the next heading.
public sealed class SpeakerLineTests
{
    [Theory]
    [InlineData("## Fast builds\n\nPresenter: Lucia Moretti\n\n* notes", "Lucia Moretti")]
    [InlineData("## Fast builds\n\n- 発表者: Kenji Mori, Aiko Sato *Kyoto University*\n", "Kenji Mori|Aiko Sato")]
    [InlineData("## Fast builds\n\n講師: 高橋さん\n", "高橋")]
    [InlineData("## Fast builds\n**Lucia Moretti (Buildkite)**\n\n- notes", "Lucia Moretti")]
    [InlineData("## Fast builds\n\nLucia Moretti\n\n- notes", "Lucia Moretti")]
    [InlineData("## Fast builds\n\nLucia - Buildkite\n\n- notes", "Lucia")]
    [InlineData("## Fast builds\n\n- Lucia Moretti\n- caching is hard\n", "Lucia Moretti")]
    [InlineData("## Fast builds\n\n- Lucia Moretti: @lmoretti\n", "Lucia Moretti")]
    [InlineData("## Fast builds\n\nby Lucia Moretti and Ken Oda\n\n- notes", "Lucia Moretti|Ken Oda")]
    [InlineData("## Fast builds\n\n*Lucia Moretti*\n\n- notes", "Lucia Moretti")]
    [InlineData("## 1. Fast builds\n\nPresented by Lucia Moretti\n", "Lucia Moretti")]
    public void A_speaker_under_the_header_is_the_talks_speaker(string text, string names)
    {
        var talk = NotesReader.Read(text).Talks.Single();

        talk.Title.Should().Be("Fast builds");
        talk.Speakers.Select(s => s.Name).Should().Equal(names.Split('|'));
    }

    [Fact]
    public void An_emphasised_affiliation_after_the_names_goes_to_the_last_name()
    {
        var talk = NotesReader.Read("## Fast builds\n\n- 発表者: Kenji Mori, Aiko Sato *Kyoto University*\n").Talks.Single();

        talk.Speakers.Select(s => s.Affiliation).Should().Equal(null, "Kyoto University");
    }

    [Fact]
    public void A_name_heading_right_under_a_lone_title_is_its_speaker_not_a_second_talk()
    {
        var read = NotesReader.Read("# Designing for failure\n\n## Anna Berg\n\n### Principles\n\n* fail fast\n");

        var talk = read.Talks.Single();
        talk.Title.Should().Be("Designing for failure");
        talk.Speakers.Single().Name.Should().Be("Anna Berg");
        read.Sections.Should().Contain(s => s.Text == "Anna Berg" && s.Role == HeadingRole.Speaker);
    }

    [Fact]
    public void A_product_name_as_the_first_bullet_is_not_a_speaker()
    {
        var talk = NotesReader.Read("## Streaming at scale 1:30pm - 2:00pm\n\n* AWS Kinesis\n* lots of shards\n").Talks.Single();

        talk.Speakers.Should().BeEmpty();
    }
}
