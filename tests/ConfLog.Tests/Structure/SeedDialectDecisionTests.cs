using System.IO;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A talk header of the seed's form decides the seed's dialect, for a parse and a stream alike: plain text, or Markdown
// when a heading was read; only a markup forced to plain says it was forced.
public sealed class SeedDialectDecisionTests
{
    private const string Plain = "Title / Ann Lee(Acme)\n- a note\n";
    private const string WithHeading = "# Title / Ann Lee(Acme)\n- a note\n";

    [Theory]
    [InlineData(Plain, NoteMarkup.Plain)]
    [InlineData(WithHeading, NoteMarkup.Markdown)]
    public void A_parse_in_the_seeds_form_is_read_in_its_dialect(string text, NoteMarkup markup)
    {
        var log = ConferenceLog.Parse(text);

        log.Markup.Should().Be(markup);
        log.MarkupReason.Should().Be("a talk header of the seed's form (Title / Speaker) at line 1");
        log.ReadInSeedDialect.Should().BeTrue();
    }

    [Theory]
    [InlineData(Plain, NoteMarkup.Plain)]
    [InlineData(WithHeading, NoteMarkup.Markdown)]
    public void A_stream_in_the_seeds_form_is_read_in_its_dialect(string text, NoteMarkup markup)
    {
        var log = ConferenceLog.Stream(new StringReader(text));
        _ = log.ToList();

        log.Markup.Should().Be(markup);
        log.MarkupReason.Should().Be("a talk header of the seed's form (Title / Speaker) at line 1");
    }

    [Fact]
    public void A_stream_forced_to_plain_says_it_was_forced()
    {
        var log = ConferenceLog.Stream(new StringReader(WithHeading), ConfLogOptions.Default with { Markup = NoteMarkup.Plain });
        _ = log.ToList();

        log.Markup.Should().Be(NoteMarkup.Plain);
        log.MarkupReason.Should().Be("forced by the options (ConfLogOptions.Markup)");
    }
}
