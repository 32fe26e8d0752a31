using System.Linq;
using ConfLog.Structure;
using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// The chunked rows a blueprint writes a log down in.
public sealed class RowListTests
{
    private const int Chunk = 4096;

    [Fact]
    public void Rows_reserved_across_a_chunk_boundary_are_consecutive_and_keep_what_was_written()
    {
        var rows = new RowList<LinkRow>(16);
        rows.Reserve(Chunk - 2);

        int first = rows.Reserve(5);
        for (int i = 0; i < 5; i++)
        {
            rows[first + i] = new LinkRow(new TextSlice("u" + i), new SourceSpan(i, 1, 1, 1));
        }

        first.Should().Be(Chunk - 2);
        rows.Count.Should().Be(Chunk + 3);
        Enumerable.Range(first, 5).Select(i => rows[i].Url.Value).Should().Equal("u0", "u1", "u2", "u3", "u4");
    }

    [Fact]
    public void A_list_cleared_and_filled_again_holds_only_the_new_rows()
    {
        var rows = new RowList<LinkRow>(16);
        for (int i = 0; i < 2 * Chunk; i++)
        {
            rows.Add(new LinkRow(new TextSlice("old" + i), new SourceSpan(i, 1, 1, 1)));
        }

        rows.Clear();
        rows.Count.Should().Be(0);
        for (int i = 0; i < Chunk + 1; i++)
        {
            rows.Add(new LinkRow(new TextSlice("new" + i), new SourceSpan(i, 1, 1, 1))).Should().Be(i);
        }

        rows.Count.Should().Be(Chunk + 1);
        rows[Chunk].Url.Value.Should().Be("new" + Chunk);
        Enumerable.Range(0, Chunk + 1).Where(i => rows[i].Url.Value != "new" + i).Should().BeEmpty();
    }

    [Fact]
    public void A_first_chunk_that_grows_a_row_at_a_time_keeps_every_row()
    {
        var rows = new RowList<LinkRow>(1);
        for (int i = 0; i < Chunk + 10; i++)
        {
            rows.Add(new LinkRow(new TextSlice("r" + i), new SourceSpan(i, 1, 1, 1)));
        }

        Enumerable.Range(0, Chunk + 10).Where(i => rows[i].Url.Value != "r" + i || rows[i].Span.Offset != i).Should().BeEmpty();
    }

    [Fact]
    public void A_small_list_cleared_and_filled_again_holds_only_the_new_rows()
    {
        var rows = new RowList<LinkRow>(4);
        for (int i = 0; i < 10; i++)
        {
            rows.Add(new LinkRow(new TextSlice("old" + i), default));
        }

        rows.Clear();
        rows.Add(new LinkRow(new TextSlice("new"), default)).Should().Be(0);

        rows.Count.Should().Be(1);
        rows[0].Url.Value.Should().Be("new");
    }
}
