using System;
using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// Each field of a timestamp at both ends of its range, and one past, as every way of reading a line reads it: the
// line grammar and a parsed log (through the one-pass reader) and the chain of rules (through the query).
public sealed class TimestampRangeTests
{
    private static readonly string[] Ways = { "line", "log", "reference" };

    private static LineSyntax Read(string parser, string line) => parser switch
    {
        "line" => ConfLogGrammar.Line(new LineInput(line)).Value,
        "log" => ConferenceLog.Parse(line).Lines[0].Syntax,
        _ => ConfLogGrammar.ReferenceLineOf(ConfLogOptions.Default)(new LineInput(line)).Value,
    };

    public static TheoryData<string, string, DateTime, bool> Stamps => Each(new (string, DateTime, bool)[]
    {
        ("[0001-01-01 00:00]", new DateTime(1, 1, 1), false),
        ("[9999-12-31 23:59:59]", new DateTime(9999, 12, 31, 23, 59, 59), true),
        ("[2012-02-29 10:40]", new DateTime(2012, 2, 29, 10, 40, 0), false),
        ("[2013-02-28 00:59]", new DateTime(2013, 2, 28, 0, 59, 0), false),
        ("[2012-11-30 23:00:00]", new DateTime(2012, 11, 30, 23, 0, 0), true),
        ("[2012/12/01 01:01:01]", new DateTime(2012, 12, 1, 1, 1, 1), true),
        ("  [2012-12-04 10:40]  ", new DateTime(2012, 12, 4, 10, 40, 0), false),
    });

    [Theory]
    [MemberData(nameof(Stamps))]
    public void Reads_every_field_at_the_ends_of_its_range(string parser, string line, DateTime value, bool hasSeconds)
    {
        Read(parser, line).Should().Be(new TimestampLine(value, hasSeconds));
    }

    private static readonly string[] NotStampLines =
    {
        "[0000-01-01 10:40]",
        "[2012-00-10 10:40]",
        "[2012-13-10 10:40]",
        "[2012-12-00 10:40]",
        "[2012-12-32 10:40]",
        "[2012-11-31 10:40]",
        "[2013-02-29 10:40]",
        "[2012-12-04 24:00]",
        "[2012-12-04 10:60]",
        "[2012-12-04 10:40:60]",
        "[2012-12-0410:40]",
        "[2012-12-04 10-40]",
        "[2012-12-04 10",
        "[2012-12-04 10:40",
        "[2012-12-04 10:40:",
        "[2012-12",
        "[2012",
        "[2012-12-04 10:40]]",
    };

    public static TheoryData<string, string> NotStamps => Each(NotStampLines);

    [Theory]
    [MemberData(nameof(NotStamps))]
    public void A_field_one_past_its_range_or_a_line_cut_short_is_no_timestamp(string parser, string line)
    {
        Read(parser, line).Should().Be(new ProseLine(new LinePart(line, 0)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("x[2012-12-04 10:40]")]
    [InlineData(" 2012-12-04 10:40]")]
    [InlineData("(2012-12-04 10:40]")]
    public void The_one_pass_reader_refuses_a_line_that_does_not_open_with_a_bracket(string line)
    {
        DateGrammar.TimestampReader(line, 0).Should().BeNull();
    }

    private static TheoryData<string, string, DateTime, bool> Each((string Line, DateTime Value, bool HasSeconds)[] stamps)
    {
        var data = new TheoryData<string, string, DateTime, bool>();
        foreach (string parser in Ways)
        {
            foreach (var (line, value, hasSeconds) in stamps)
            {
                data.Add(parser, line, value, hasSeconds);
            }
        }

        return data;
    }

    private static TheoryData<string, string> Each(string[] lines)
    {
        var data = new TheoryData<string, string>();
        foreach (string parser in Ways)
        {
            foreach (string line in lines)
            {
                data.Add(parser, line);
            }
        }

        return data;
    }
}
