using System.Collections.Generic;
using ConfLog.Text;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Text;

// The cursor a parse walks the text with: each line's number, place, length and ending, as SourceText.Lines has them.
public sealed class LineCursorTests
{
    [Theory]
    [InlineData("a\r\nbc", "1 0 1 \\r\\n|2 3 2 ")]
    [InlineData("a\nb\n", "1 0 1 \\n|2 2 1 \\n")]
    [InlineData("a\rb", "1 0 1 \\r|2 2 1 ")]
    [InlineData("\n\n", "1 0 0 \\n|2 1 0 \\n")]
    [InlineData("\r\r\n", "1 0 0 \\r|2 1 0 \\r\\n")]
    [InlineData("x", "1 0 1 ")]
    [InlineData("", "")]
    [InlineData("\uFEFFa\n", "1 1 1 \\n")]
    [InlineData("\uFEFF", "")]
    public void Gives_each_line_where_it_stands_and_how_it_ended(string text, string expected)
    {
        Walk(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("a\r\nbc")]
    [InlineData("- x\n\n  - y\r\n[2012-12-04 10:40]\r")]
    [InlineData("\uFEFFone\ntwo")]
    public void Makes_the_lines_SourceText_cuts(string text)
    {
        var source = SourceText.From(text);
        var lines = new List<SourceLine>();
        var cursor = source.Cursor();
        while (cursor.MoveNext())
        {
            lines.Add(cursor.Line);
        }

        lines.Should().Equal(source.Lines);
        lines.Should().OnlyContain(line => text.Substring(line.Offset, line.Text.Length) == line.Text);
    }

    [Fact]
    public void Stays_at_the_end_once_there()
    {
        var cursor = SourceText.From("a\n").Cursor();

        cursor.MoveNext().Should().BeTrue();
        cursor.MoveNext().Should().BeFalse();
        cursor.MoveNext().Should().BeFalse();
        cursor.Number.Should().Be(1);
    }

    private static string Walk(string text)
    {
        var cursor = SourceText.From(text).Cursor();
        var lines = new List<string>();
        while (cursor.MoveNext())
        {
            lines.Add($"{cursor.Number} {cursor.Offset} {cursor.Length} {cursor.Ending.Replace("\r", "\\r").Replace("\n", "\\n")}");
        }

        return string.Join("|", lines);
    }
}
