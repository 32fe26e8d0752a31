using System;
using System.Linq;
using System.Text;
using ConfLog.Reading;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Reading;

// The reader never throws, whatever it is given, and reads nothing into nothing.
public sealed class HostileReadingTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n   \n\t\n")]
    [InlineData("\r\r\r")]
    [InlineData("#")]
    [InlineData("=\n=\n")]
    [InlineData("**")]
    [InlineData("Q:\nA:")]
    public void Empty_and_degenerate_texts_read_without_an_exception(string text)
    {
        var read = () => NotesReader.Read(text);

        read.Should().NotThrow();
    }

    [Fact]
    public void Only_blank_lines_give_no_talk()
    {
        NotesReader.Read(string.Concat(Enumerable.Repeat(" \n", 500))).Talks.Should().BeEmpty();
    }

    [Fact]
    public void Ten_thousand_nested_bullets_are_read_with_their_depths()
    {
        var sb = new StringBuilder("# Deep by Ann Lee\n");
        for (int i = 0; i < 10_000; i++)
        {
            sb.Append(' ', i).Append("* level ").Append(i).Append('\n');
        }

        var read = NotesReader.Read(sb.ToString());

        read.Outline.Lines[^1].Level.Should().Be(9_999);
        read.Talks.Should().ContainSingle();
    }

    [Fact]
    public void Binary_junk_reads_without_an_exception()
    {
        var random = new Random(14);
        var chars = new char[64 * 1024];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xD800);
        }

        var read = () => NotesReader.Read(new string(chars));

        read.Should().NotThrow();
    }

    [Fact]
    public void A_long_line_of_brackets_and_marks_reads_without_an_exception()
    {
        string line = string.Concat(Enumerable.Repeat("[[((<**`_\\](", 5_000));

        var read = () => NotesReader.Read("## " + line + "\n" + line + "\n");

        read.Should().NotThrow();
    }
}
