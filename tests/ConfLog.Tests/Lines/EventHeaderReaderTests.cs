using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// The line dispatcher reads event headers with a one-pass reader kept beside the query: on every line, it must read
// the header the query reads, and nothing where the query reads none (the line is then a bullet).
public sealed class EventHeaderReaderTests
{
    [Theory]
    [InlineData("- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50")]
    [InlineData("- 2012/12/04 筑波大学（茗荷谷） 10:10～17:50")]
    [InlineData("- 2012-12-04 Tokyo (Odaiba)\t9:30 - 18:00")]
    [InlineData("- 2012-12-04 Tokyo 9:30~18:00")]
    [InlineData("- 2012-12-04 Tokyo 09:30–18:00 ")]
    [InlineData("- 2012-12-04 Tokyo 00:00〜23:59")]
    [InlineData("* 2012-02-29 Tokyo")]
    [InlineData("- 2012-12-31")]
    [InlineData("- 0001-01-01 Tokyo")]
    [InlineData("- 2012-12-04 (茗荷谷)")]
    [InlineData("- 2012-12-04 Tokyo()")]
    [InlineData("- 2012-12-04 Tokyo)(Odaiba)")]
    [InlineData("  ・ 2012-12-04\u3000Tokyo\u3000")]
    public void The_reader_reads_the_header_the_query_reads(string line)
    {
        var header = Parsing.Value(EventHeaderGrammar.EventHeader, line);

        ConfLogGrammar.Line(new LineInput(line)).Value.Should().Be(header);
    }

    [Theory]
    [InlineData("- 2012-12-04 10:10〜17:")]
    [InlineData("- 2012-12-04 Tokyo 10:〜17:00")]
    [InlineData("- 2012-12-04 Tokyo 10:10〜17:5")]
    [InlineData("- 2012-12-04 Tokyo 10:10〜17:5x")]
    [InlineData("- 2012-12-04 Tokyo 24:00〜25:00")]
    [InlineData("- 2012-12-04 Tokyo 10:60〜17:00")]
    [InlineData("- 2012-12-04 Tokyo 10:10〜17:60")]
    [InlineData("- 2012-12-04 Tokyo 10:10x17:50")]
    [InlineData("- 2012-12-04 Tokyo 10:10〜")]
    [InlineData("- 2012-12-04 Tokyo 10:10〜17:50 x")]
    [InlineData("- 2012-12-04 Tokyo(Odaiba) x")]
    [InlineData("- 2012-12-04 Tokyo(Odaiba")]
    [InlineData("- 2012-1/-04 Tokyo")]
    [InlineData("- 2012-13-04 Tokyo")]
    [InlineData("- 2012-00-04 Tokyo")]
    [InlineData("- 2012-12-00 Tokyo")]
    [InlineData("- 2012-12-32 Tokyo")]
    [InlineData("- 2013-02-29 Tokyo")]
    [InlineData("- 0000-12-04 Tokyo")]
    [InlineData("- 2012-12/04 Tokyo")]
    [InlineData("- 2012-12-4 Tokyo")]
    [InlineData("- 2012-1-04 Tokyo")]
    [InlineData("- 2012-12")]
    [InlineData("- 2012-")]
    [InlineData("- 2012")]
    [InlineData("- 201-12-04 Tokyo")]
    [InlineData("- 2012.12.04 Tokyo")]
    [InlineData("- -12-04")]
    public void Where_the_query_reads_no_header_the_dispatcher_reads_a_bullet(string line)
    {
        Parsing.Reject(EventHeaderGrammar.EventHeader, line);

        ConfLogGrammar.Line(new LineInput(line)).Value.Should().BeOfType<BulletLine>();
    }

    // The dispatcher tries the reader only where CanBeEventHeader holds; on its own, it still reads no header from
    // a date cut short.
    [Theory]
    [InlineData("- 2012")]
    [InlineData("- 2012-12")]
    [InlineData("- 2012-12-0")]
    public void The_reader_on_its_own_reads_no_header_from_a_date_cut_short(string line)
    {
        var reader = EventHeaderGrammar.EventHeaderReaderOf(new BulletMarkers(ConfLogOptions.Default.BulletMarkers));

        reader(line, 0).Should().BeNull();
    }
}
