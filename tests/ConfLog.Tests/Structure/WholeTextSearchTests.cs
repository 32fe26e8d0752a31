using System.IO;
using System.Linq;
using ConfLog.Diagnostics;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

/// <summary>
/// A parse of a whole string searches it once for control characters and once per <c>http</c>, where a stream, which has
/// no whole string, searches every line: both must report and link the same lines.
/// </summary>
public sealed class WholeTextSearchTests
{
    private const string Before = "BitVisor Summit\n- 2012-12-04\n\nA talk / Ann(Lab)\n- first note\n";
    private const string After = "\n- last note http://example.org/b\n";

    private static readonly int[] DelAndSurrogates = { 0x7F, 0xD800, 0xDBFF, 0xDC00, 0xDFFF };

    public static TheoryData<int> EveryCharacterBelowSpaceDelAndSurrogates()
    {
        var data = new TheoryData<int>();
        foreach (int c in Enumerable.Range(0, 0x20).Concat(DelAndSurrogates))
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCharacterBelowSpaceDelAndSurrogates))]
    public void A_parse_reports_a_character_in_a_line_as_a_stream_does(int character)
    {
        string text = Before + "- a" + (char)character + "b" + After;

        var parsed = ConferenceLog.Parse(text).Diagnostics.Select(d => d.ToString());
        var stream = ConferenceLog.Stream(new StringReader(text));
        _ = stream.ToList();

        parsed.Should().Equal(stream.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(0x09, 0)]
    [InlineData(0x0A, 0)]
    [InlineData(0x0D, 0)]
    [InlineData(0x00, 1)]
    [InlineData(0x0B, 1)]
    [InlineData(0x1F, 1)]
    [InlineData(0x7F, 1)]
    [InlineData(0xD800, 1)]
    public void Tabs_and_line_endings_are_not_reported_and_other_controls_are(int character, int reported)
    {
        string text = Before + "- a" + (char)character + "b" + After;

        ConferenceLog.Parse(text).Diagnostics.Count(d => d.Code == "CL0012").Should().Be(reported);
    }

    [Fact]
    public void A_pair_of_surrogates_in_the_text_leaves_a_lone_one_in_a_later_line_reported()
    {
        // The pair makes the whole text's search give up; the lone one is then found by the search of its line.
        string text = Before + "- 🎉\n- a" + (char)0xDC00 + "b" + After;

        ConferenceLog.Parse(text).Diagnostics.Select(d => d.ToString()).Should().Equal("(7,4): warning CL0012: a lone surrogate (U+DC00) in the line");
    }

    [Fact]
    public void Links_are_found_in_every_line_that_has_one_and_in_no_other()
    {
        string text = "Notes\n\nA talk / Ann(Lab)\n- see http://a.example/1 and https://b.example/2\n- no link, only http\n- httpx://c\n- text\n- last https://d.example/3";

        var talk = ConferenceLog.Parse(text).Talks.Single();

        talk.Notes.Select(n => string.Join(" ", n.Links.Select(l => l.Url))).Should().Equal(
            "http://a.example/1 https://b.example/2", string.Empty, string.Empty, string.Empty, "https://d.example/3");
    }

    [Fact]
    public void A_second_reading_of_the_text_finds_the_links_again()
    {
        // Markdown notes are read twice (the grammar's reading, then the reader's laid over it): the search of the
        // second reading starts again from the first line.
        string text = "# Conf\n\n## A talk by Ann Lee\n\n- see https://a.example/1\n\n## Another talk by Bo Chen\n\n- and https://b.example/2\n";

        var log = ConferenceLog.Parse(text);

        log.Talks.Should().HaveCount(2);
        log.Talks.SelectMany(t => t.Notes).SelectMany(n => n.Links).Select(l => l.Url).Should().Equal("https://a.example/1", "https://b.example/2");
    }

    [Fact]
    public void A_control_character_in_a_parsed_text_is_reported_at_its_column()
    {
        var log = ConferenceLog.Parse("Title / Ann Lee\n- a\u0001b\n");

        var diagnostic = log.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.ControlCharacter.Code).Subject;
        diagnostic.Span.Line.Should().Be(2);
        diagnostic.Span.Column.Should().Be(4);
        diagnostic.Message.Should().Be("a control character (U+0001) in the line");
    }

    [Fact]
    public void A_streamed_text_reports_the_same_control_character()
    {
        using var reader = new StringReader("Title / Ann Lee\n- a\u0001b\n");
        var log = ConferenceLog.Stream(reader);
        _ = log.ToList();

        log.Diagnostics.Where(d => d.Code == DiagnosticCodes.ControlCharacter.Code).Select(d => d.Span.Column).Should().Equal(4);
    }
}
