using System.Linq;
using ConfLog.Model;
using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// Where the reader of real notes places a speaker: the first line, the header or one after it, that holds the name;
// the span runs from the first of the name, affiliation and handle written there through the last. A speaker whose
// name is written nowhere as the reader read it is placed on the whole header line.
public sealed class ReadSpeakerPlaceTests
{
    private static string Notes(string header, string below = "") => $"""
        # DevConf 2024

        ## Day 1 - March 19

        {header}
        {below}
        - combinators compose
        """;

    private static Speaker SpeakerOf(string text) => ConferenceLog.Parse(text).Talks.Single().Speakers.Single();

    private static string Written(string text, SourceSpan span) => text.Substring(span.Offset, span.Length);

    [Fact]
    public void A_speaker_line_at_the_start_of_a_line_below_the_header_places_the_speaker_there()
    {
        string text = Notes("### Building parsers in C#", "\nLucia Moretti (Buildkite)\n");

        var speaker = SpeakerOf(text);

        speaker.Affiliation.Should().Be("Buildkite");
        (speaker.Span.Line, speaker.Span.Column).Should().Be((7, 1));
        Written(text, speaker.Span).Should().Be("Lucia Moretti (Buildkite");
    }

    [Fact]
    public void An_affiliation_named_in_the_header_does_not_place_a_speaker_whose_name_is_below()
    {
        string text = Notes("### How Buildkite builds parsers", "\nLucia Moretti (Buildkite)\n");

        var speaker = SpeakerOf(text);

        (speaker.Span.Line, speaker.Span.Column).Should().Be((7, 1));
    }

    [Fact]
    public void A_name_written_again_in_the_affiliation_is_placed_at_its_first_writing()
    {
        string text = Notes("### Consulting for a living", "\nJane Roe (Jane Roe Labs)\n");

        var speaker = SpeakerOf(text);

        speaker.Affiliation.Should().Be("Jane Roe Labs");
        Written(text, speaker.Span).Should().Be("Jane Roe (Jane Roe Labs");
    }

    [Fact]
    public void A_handle_the_line_writes_with_an_escape_leaves_the_speaker_at_the_name()
    {
        // Markdown's "\_" reads as "_": the handle the reader read is not a run of the line, the name is.
        string text = Notes("### Scaling writes by Jane Roe @jane\\_roe");

        var speaker = SpeakerOf(text);

        speaker.Handle.Should().Be("@jane_roe");
        Written(text, speaker.Span).Should().Be("Jane Roe");
    }

    [Fact]
    public void A_speaker_with_only_a_handle_is_named_by_the_handle_where_it_is_written()
    {
        string text = Notes("### Scaling writes by @janeroe");

        var speaker = SpeakerOf(text);

        speaker.Name.Should().Be("@janeroe");
        Written(text, speaker.Span).Should().Be("@janeroe");
    }

    [Fact]
    public void A_speaker_with_only_a_handle_written_with_an_escape_is_placed_on_the_whole_header_line()
    {
        string text = Notes("### Scaling writes by @jane\\_roe");

        var speaker = SpeakerOf(text);

        speaker.Name.Should().Be("@jane_roe");
        Written(text, speaker.Span).Should().Be("### Scaling writes by @jane\\_roe");
    }

    [Fact]
    public void A_speaker_named_in_the_title_too_is_placed_where_the_header_names_the_speaker()
    {
        string text = Notes("### Why Jane Roe rewrote it by Jane Roe");

        var speaker = SpeakerOf(text);

        speaker.Span.Column.Should().Be("### Why Jane Roe rewrote it by ".Length + 1);
    }

    [Fact]
    public void A_speaker_written_before_the_title_is_placed_where_the_header_names_the_speaker()
    {
        string text = Notes("### 山田さん「山田流のパーサ」");

        var speaker = SpeakerOf(text);

        speaker.Name.Should().Be("山田");
        speaker.Span.Column.Should().Be("### ".Length + 1);
    }

    [Fact]
    public void A_title_that_is_its_speakers_name_places_the_speaker_after_the_title()
    {
        string text = Notes("### Ana by Ana");

        SpeakerOf(text).Span.Column.Should().Be("### Ana by ".Length + 1);
    }

    [Fact]
    public void A_plain_header_line_whose_title_names_its_speaker_places_the_speaker_after_the_title()
    {
        // No heading: header lines at the margin, the title at the line's very start.
        string text = "DevConf 2024\n\nWhy Jane Roe rewrote it by Jane Roe\n- combinators compose\n\nParsers at scale by Ann Lee\n- tables\n";

        var speaker = ConferenceLog.Parse(text).Talks[0].Speakers.Single();

        (speaker.Span.Line, speaker.Span.Column).Should().Be((3, "Why Jane Roe rewrote it by ".Length + 1));
    }
}
