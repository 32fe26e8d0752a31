using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A heading that names only a speaker, a role and an organisation ("Name - Role - Organisation") is a talk the reader
// read no title for: its title is empty, its speaker and affiliation are the heading's.
public sealed class ReadTalkWithoutTitleTests
{
    [Fact]
    public void A_heading_of_a_name_a_role_and_an_organisation_is_a_talk_with_an_empty_title()
    {
        const string Text = """
            # DevConf 2024

            ## Day 1 - March 19

            ### Lucia Moretti - Staff Engineer - Buildkite

            - combinators compose
            """;

        var talk = ConferenceLog.Parse(Text).Talks.Single();

        talk.Title.Should().BeEmpty();
        talk.Speakers.Single().Should().Match<ConfLog.Model.Speaker>(s => s.Name == "Lucia Moretti" && s.Affiliation == "Buildkite");
    }
}
