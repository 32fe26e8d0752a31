using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ConfLog.Tests.Hostile;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// Cases found in review: each once went wrong (slow, or a wrong span or date).
public sealed class EdgeCaseTests
{
    [Fact]
    public void A_title_followed_by_many_blank_lines_streams_in_linear_time()
    {
        string text = "# Title\n" + new string('\n', 20_000) + "Talk / Ann\n- note\n";

        var streamed = Bounded.Run(() => ConferenceLog.Stream(new StringReader(text)).ToList());

        streamed.OfType<Model.Talk>().Should().ContainSingle().Which.Notes.Should().ContainSingle();
        streamed.Select(s => s.Span).Should().Equal(ConferenceLog.Parse(text).Sessions.Select(s => s.Span));
    }

    [Fact]
    public void Forty_thousand_continuation_lines_join_in_linear_time()
    {
        var builder = new StringBuilder("T / S\n- first\n");
        for (int i = 0; i < 40_000; i++)
        {
            builder.Append("  more http://x.example/").Append(i).Append('\n');
        }

        var log = Bounded.Run(() => ConferenceLog.Parse(builder.ToString()));

        var note = log.Talks[0].Notes.Should().ContainSingle().Subject;
        note.Text.Split('\n').Should().HaveCount(40_001);
        note.Links.Should().HaveCount(40_000);
        note.Links[^1].Url.Should().Be("http://x.example/39999");
    }

    [Theory]
    [InlineData("# Team sync 9:30 am")]
    [InlineData("# Meetup June 15 notes")]
    public void A_title_date_without_a_year_is_not_completed_from_today(string title)
    {
        var options = ConfLogOptions.Default with { DateCulture = CultureInfo.GetCultureInfo("en-US") };

        ConferenceLog.Parse(title, options).Event.Date.Should().BeNull();
    }

    [Fact]
    public void A_title_date_in_the_cultures_format_is_found()
    {
        var options = ConfLogOptions.Default with { DateCulture = CultureInfo.GetCultureInfo("en-US") };

        ConferenceLog.Parse("# PyCon US, May 3, 2019", options).Event.Date.Should().Be(new System.DateTime(2019, 5, 3));
    }

    [Fact]
    public void A_speakers_span_reaches_a_closing_parenthesis_after_white_space()
    {
        const string text = "T / Ann (Acme )";
        var speaker = ConferenceLog.Parse(text).Talks[0].Speakers[0];

        speaker.Affiliation.Should().Be("Acme");
        text.Substring(speaker.Span.Offset, speaker.Span.Length).Should().Be("Ann (Acme )");
    }

    [Fact]
    public void An_impossible_event_date_is_explained_with_the_dialects_own_bullet_marker()
    {
        var options = ConfLogOptions.Default with { BulletMarkers = ["※"] };

        var diagnostic = ConferenceLog.Parse("※ 2012-13-45 Hall\nT / S", options).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.ToString().Should().Be("(1,8): error CL0008: '※ 2012-13-45 Hall' is not an event header: unexpected '13' in month, expected 01-12");
    }
}
