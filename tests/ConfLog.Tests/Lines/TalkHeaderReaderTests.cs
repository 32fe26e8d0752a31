using System.Linq;
using ConfLog.Lines;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Lines;

// The one-pass talk header reader (what the log's line reader runs) reads what TalkHeader reads, field by field and
// position by position, and refuses what it refuses. Speakers are written "Name@Index(Affiliation@Index)", ';' between.
public sealed class TalkHeaderReaderTests
{
    private static readonly Parser<TalkHeaderLine> Reader = ReaderOf(TalkHeaderGrammar.DefaultSpeakerSeparators);

    // The reader as the dispatch runs it, seen as a parser: what it reads from the input's position, or "not this kind".
    private static Parser<TalkHeaderLine> ReaderOf(System.Collections.Generic.IEnumerable<string> separators)
    {
        var scan = TalkHeaderGrammar.TalkHeaderScanOf(separators);
        return input => scan(input.Source, input.Position) is TalkHeaderLine header ? OnePass.Success(header, input) : OnePass.Fail<TalkHeaderLine>(input);
    }

    private static string Written(TalkHeaderLine header) =>
        string.Join(";", header.Speakers.Select(s =>
            $"{s.Name.Text}@{s.Name.Index}" + (s.Affiliation is { } a ? $"({a.Text}@{a.Index})" : "")));

    [Theory]
    [InlineData("Talk / Sam Lee (Acme), Ann Roe (Beta)", "Talk", "Sam Lee@7(Acme@16);Ann Roe@23(Beta@32)")]
    [InlineData("Talk / Sam Lee（Acme）、Ann Roe", "Talk", "Sam Lee@7(Acme@15);Ann Roe@21")]
    [InlineData("Talk / Sam Lee(Acme）", "Talk", "Sam Lee@7(Acme@15)")]
    [InlineData("Talk / X & Y and Z", "Talk", "X@7;Y@11;Z@17")]
    [InlineData("Talk / Andrew and Sandy", "Talk", "Andrew@7;Sandy@18")]
    [InlineData("Talk / Sandy Anderson", "Talk", "Sandy Anderson@7")]
    [InlineData("Talk / Sam andAnn", "Talk", "Sam andAnn@7")]
    [InlineData("Talk / Sam Lee and", "Talk", "Sam Lee and@7")]
    [InlineData("Talk / Sam and  Ann", "Talk", "Sam@7;Ann@16")]
    [InlineData("Talk / Sam\tand\tAnn", "Talk", "Sam@7;Ann@15")]
    [InlineData("Talk / Sam ,Ann", "Talk", "Sam@7;Ann@12")]
    [InlineData("Talk / Sam,Ann", "Talk", "Sam@7;Ann@11")]
    [InlineData("Talk / Sam Lee  (Acme)  ", "Talk", "Sam Lee@7(Acme@17)")]
    [InlineData("Talk / Sam ( Acme )", "Talk", "Sam@7(Acme@13)")]
    [InlineData("Talk / Sam ()", "Talk", "Sam@7(@12)")]
    [InlineData("Talk / Sam)(Acme)", "Talk", "Sam)@7(Acme@12)")]
    [InlineData("講演 / 山田(東大)、佐藤(京大)、鈴木", "講演", "山田@5(東大@8);佐藤@12(京大@15);鈴木@19")]
    [InlineData("A / B / C(D)", "A / B", "C@8(D@10)")]
    [InlineData("Title / ", "Title", "")]
    [InlineData("Title /   ", "Title", "")]
    [InlineData("  Indented / Sam", "Indented", "Sam@13")]
    public void The_reader_reads_the_title_and_each_speaker_where_they_are(string line, string title, string speakers)
    {
        var read = Parsing.Value(Reader, line);

        read.Title.Text.Should().Be(title);
        Written(read).Should().Be(speakers);
        Written(Parsing.Value(TalkHeaderGrammar.TalkHeader, line)).Should().Be(speakers);
        read.Title.Should().Be(Parsing.Value(TalkHeaderGrammar.TalkHeader, line).Title);
    }

    [Theory]
    [InlineData("Title /")]
    [InlineData("Title/Sam")]
    [InlineData("")]
    [InlineData("T / 山田(東大) 他")]
    [InlineData("T / これは文です。")]
    [InlineData("T / 山田。佐藤")]
    [InlineData("T / Sam, ")]
    [InlineData("T / (Acme)")]
    [InlineData("T / Sam (Acme")]
    [InlineData("T / Sam (Acme) (Beta)")]
    [InlineData("T / Sam Lee(Acme)and Ann")]
    [InlineData("T / Sam Lee (Acme) andy")]
    [InlineData("T / Sam Lee (Acme) and")]
    public void The_reader_refuses_what_the_talk_header_refuses(string line)
    {
        Parsing.Reject(Reader, line).Message.Should().Be("not this kind of line");
        Parsing.Reject(TalkHeaderGrammar.TalkHeader, line);
    }

    [Fact]
    public void The_reader_starts_at_the_position_it_is_given()
    {
        // A line read from its middle: the slash before the start is not the title's.
        const string line = "x / y Talk / Sam";

        Reader(new LineInput(line, 6)).Value.Title.Should().Be(new LinePart("Talk", 6));
        Reader(new LineInput(line, 13)).WasSuccessful.Should().BeFalse();

        // From the slash's own space the title is empty, and the speaker is still read.
        var fromSlash = Reader(new LineInput(line, 10));
        fromSlash.WasSuccessful.Should().BeTrue();
        fromSlash.Value.Title.Text.Should().BeEmpty();
        Written(fromSlash.Value).Should().Be("Sam@13");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void The_reader_takes_names_up_to_the_longest_allowed(int over, bool read)
    {
        string line = "T / " + new string('x', TalkHeaderGrammar.MaxSpeakerNameLength + over);

        Reader(new LineInput(line)).WasSuccessful.Should().Be(read);
        TalkHeaderGrammar.TalkHeader(new LineInput(line)).WasSuccessful.Should().Be(read);
    }

    [Theory]
    [InlineData("T / A with B; C", "A@4;B@11;C@14")]
    [InlineData("T / A with", "A with@4")]
    [InlineData("T / Awith B", "Awith B@4")]
    [InlineData("T / A withB", "A withB@4")]
    [InlineData("T / A;;B", "")]
    public void A_dialects_own_separators_are_read_the_same_way(string line, string speakers)
    {
        string[] separators = { " with ", ";", "", "  " };
        var reader = ReaderOf(separators);
        var grammar = TalkHeaderGrammar.TalkHeaderOf(separators);

        if (speakers.Length == 0)
        {
            Parsing.Reject(reader, line);
            Parsing.Reject(grammar, line);
            return;
        }

        Written(Parsing.Value(reader, line)).Should().Be(speakers);
        Written(Parsing.Value(grammar, line)).Should().Be(speakers);
    }
}
