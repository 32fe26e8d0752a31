using System.Collections.Generic;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Lines;
using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Lines;

// A parse reads each line where it stands in the input; the line grammar on the line's own string is the definition.
// The two must read every line of real notes alike: the same syntax, parts at the same indexes in the line, the same
// diagnostics at the same places.
public sealed class InPlaceReadingTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string> { Seed.Path };
        foreach (string name in Corpus.Names)
        {
            data.Add(Corpus.PathOf(name));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_line_reads_in_place_as_its_own_string_reads(string path)
    {
        string text = System.IO.File.ReadAllText(path);
        var reader = new LineReader(ConfLogOptions.Default);
        var cursor = SourceText.From(text).Cursor();
        while (cursor.MoveNext())
        {
            var inPlace = new List<Diagnostic>();
            var alone = new List<Diagnostic>();
            var read = reader.Read(cursor, inPlace).ToLogLine();
            var own = reader.Read(new SourceLine(cursor.Number, cursor.Offset, text.Substring(cursor.Offset, cursor.Length), cursor.Ending), alone).ToLogLine();

            // Structurally: a talk header's speakers are an ImmutableArray, which records compare by reference.
            read.Should().BeEquivalentTo(own, options => options.RespectingRuntimeTypes(), "line {0} reads alike", cursor.Number);
            read.Syntax.GetType().Should().Be(own.Syntax.GetType());
            inPlace.Should().Equal(alone);
        }
    }

    [Fact]
    public void A_line_read_in_place_makes_its_source_line_once_and_as_written()
    {
        string text = "x\n- 資料: 公開\r\n";
        var cursor = SourceText.From(text).Cursor();
        cursor.MoveNext();
        cursor.MoveNext();

        var line = new LineReader(ConfLogOptions.Default).Read(cursor, new List<Diagnostic>()).ToLogLine();

        line.Source.Should().BeSameAs(line.Source);
        line.Source.Should().Be(new SourceLine(2, 2, "- 資料: 公開", "\r\n"));
        line.SpanOf(((BulletLine)line.Syntax).Text).Should().Be(new SourceSpan(8, 2, 2, 7));
    }

    [Fact]
    public void A_control_character_in_a_line_read_in_place_is_reported_where_it_stands()
    {
        string text = "ok\n- a\u0001b\n";
        var cursor = SourceText.From(text).Cursor();
        cursor.MoveNext();
        cursor.MoveNext();
        var diagnostics = new List<Diagnostic>();

        new LineReader(ConfLogOptions.Default).Read(cursor, diagnostics);

        diagnostics.Should().ContainSingle().Which.Span.Should().Be(new SourceSpan(6, 1, 2, 4));
    }

    [Fact]
    public void Two_lines_differing_in_one_character_are_not_equal()
    {
        var reader = new LineReader(ConfLogOptions.Default);
        var a = reader.Read(new SourceLine(1, 0, "- Q: 質問", "\n"), new List<Diagnostic>()).ToLogLine();
        var b = reader.Read(new SourceLine(1, 0, "- Q: 質門", "\n"), new List<Diagnostic>()).ToLogLine();
        var same = SourceText.From("- Q: 質問\n").Cursor();
        same.MoveNext();

        a.Should().NotBe(b);
        a.Should().Be(reader.Read(same, new List<Diagnostic>()).ToLogLine());
        a.GetHashCode().Should().Be(reader.Read(same, new List<Diagnostic>()).ToLogLine().GetHashCode());
    }

    [Fact]
    public void A_line_deconstructs_into_its_source_and_syntax()
    {
        var line = ConferenceLog.Parse("- a").Lines.Single();
        var (source, syntax) = line;

        source.Should().Be(new SourceLine(1, 0, "- a", string.Empty));
        syntax.Should().BeOfType<BulletLine>();
    }
}
