using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// Each speaker of a talk header spans its own name and affiliation, through the affiliation's closing parenthesis,
// and no further: not to the end of the header, not into the next speaker.
public sealed class SpeakerSpanTests
{
    [Fact]
    public void Each_of_two_speakers_spans_its_name_through_its_own_closing_parenthesis()
    {
        const string Text = "Keynote / Ann Lee (Acme), Kenji Ito (Fabrikam Research Labs)\n- welcome\n";

        var speakers = ConferenceLog.Parse(Text).Talks.Single().Speakers;

        speakers.Select(s => Text.Substring(s.Span.Offset, s.Span.Length)).Should().Equal("Ann Lee (Acme)", "Kenji Ito (Fabrikam Research Labs)");
        speakers.Select(s => s.Affiliation).Should().Equal("Acme", "Fabrikam Research Labs");
    }
}
