using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.RoundTrip;

// Nothing is lost: the parsed log writes back the input, byte for byte.
public sealed class RoundTripTests
{
    public static TheoryData<string> CorpusFiles => new(Corpus.Names);

    [Fact]
    public void The_seed_loaded_and_saved_gives_the_same_bytes()
    {
        byte[] original = File.ReadAllBytes(Seed.Path);
        using var saved = new MemoryStream();

        ConferenceLog.Load(Seed.Path).Save(saved);

        saved.ToArray().Should().Equal(original);
    }

    [Fact]
    public void The_seed_parsed_from_a_string_gives_the_same_string()
    {
        string text = Seed.Text;
        var log = ConferenceLog.Parse(text);

        log.ToString().Should().Be(text);
        var writer = new StringWriter();
        log.WriteTo(writer);
        writer.ToString().Should().Be(text);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_corpus_file_round_trips_byte_for_byte(string name)
    {
        byte[] original = Corpus.Bytes(name);
        using var input = new MemoryStream(original);
        using var output = new MemoryStream();

        ConferenceLog.Load(input).Save(output);

        output.ToArray().Should().Equal(original);
    }

    [Theory]
    [InlineData("a\nb\n")]
    [InlineData("a\r\nb\r\n")]
    [InlineData("a\rb\r")]
    [InlineData("a\r\nb\nc\rd")]
    [InlineData("\n\n\n")]
    [InlineData("")]
    [InlineData("- Q:")]
    [InlineData("  \t  \n\t")]
    [InlineData("\uFEFF- 2012-12-04 会場 10:00-18:00\r\n")]
    [InlineData("Title / Speaker(Org)   \t\n- note \t\n")]
    public void Any_line_endings_byte_order_mark_and_trailing_white_space_are_kept(string text)
    {
        ConferenceLog.Parse(text).ToString().Should().Be(text);
    }

    [Fact]
    public void A_byte_order_mark_in_a_file_is_written_back()
    {
        byte[] original = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("昼休憩\r\n[2012-12-04 13:16]")).ToArray();
        using var output = new MemoryStream();

        var log = ConferenceLog.Load(new MemoryStream(original));
        log.Save(output);

        output.ToArray().Should().Equal(original);
        log.Source.Preamble.Should().Be("\uFEFF");
        log.Sessions.Should().ContainSingle().Which.Kind.Should().Be(ConfLog.Model.SessionKind.Break);
    }

    [Fact]
    public void Lines_keep_their_own_endings()
    {
        var lines = ConferenceLog.Parse("a\r\nb\nc\rd").Source.Lines;

        lines.Select(l => l.Ending).Should().Equal(new List<string> { "\r\n", "\n", "\r", string.Empty });
        lines.Select(l => l.Text).Should().Equal("a", "b", "c", "d");
        lines.Select(l => l.Offset).Should().Equal(0, 3, 5, 7);
    }
}
