using FluentAssertions;
using Sprache;
using ConfLog.Lines;

namespace ConfLog.Tests.Lines;

// Runs a parser both ways a caller may: Sprache's TryParse (over Sprache's own Input) and a direct call on a
// LineInput. Both must agree, so every example checks the two paths at once.
internal static class Parsing
{
    public static IResult<T> Accept<T>(Parser<T> parser, string text)
    {
        var viaSprache = parser.TryParse(text);
        var viaLine = parser(new LineInput(text));

        viaSprache.WasSuccessful.Should().BeTrue("'{0}' should parse with TryParse, but: {1}", text, viaSprache.Message);
        viaLine.WasSuccessful.Should().BeTrue("'{0}' should parse from a LineInput, but: {1}", text, viaLine.Message);
        if (!Equals(viaLine.Value, viaSprache.Value))
        {
            // Records holding an ImmutableArray (a talk header's speakers) are equal only member by member.
            viaLine.Value.Should().BeEquivalentTo(viaSprache.Value, options => options.ComparingRecordsByMembers());
        }

        viaLine.Remainder.Position.Should().Be(viaSprache.Remainder.Position);
        return viaLine;
    }

    public static T Value<T>(Parser<T> parser, string text) => Accept(parser, text).Value;

    public static IResult<T> Reject<T>(Parser<T> parser, string text)
    {
        var viaSprache = parser.TryParse(text);
        var viaLine = parser(new LineInput(text));

        viaSprache.WasSuccessful.Should().BeFalse("'{0}' should not parse with TryParse", text);
        viaLine.WasSuccessful.Should().BeFalse("'{0}' should not parse from a LineInput", text);
        viaLine.Message.Should().Be(viaSprache.Message);
        viaLine.Remainder.Position.Should().Be(viaSprache.Remainder.Position);
        return viaLine;
    }
}
