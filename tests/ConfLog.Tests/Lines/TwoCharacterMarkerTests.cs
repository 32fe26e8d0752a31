using FluentAssertions;
using ConfLog.Lines;
using Xunit;

namespace ConfLog.Tests.Lines;

// A dialect's markers may be longer than one character: every character of the marker must stand in the line, not
// only its first.
public sealed class TwoCharacterMarkerTests
{
    private static readonly ConfLogOptions Dashes = ConfLogOptions.Default with { BulletMarkers = ["--"], QuestionMarkers = ["Qu"] };

    [Theory]
    [InlineData("-- item", true)]
    [InlineData("-x item", false)]
    [InlineData("- item", false)]
    public void A_two_character_bullet_marker_must_stand_whole(string line, bool bullet)
    {
        var syntax = ConfLogGrammar.LineOf(Dashes)(new LineInput(line)).Value;

        (syntax is BulletLine).Should().Be(bullet, "'{0}' is read as {1}", line, syntax.GetType().Name);
        ConfLogGrammar.ScanOf(Dashes)(line, 0).Should().Be(syntax);
    }

    [Theory]
    [InlineData("-- Qu: 日本語は?", true)]
    [InlineData("-- Qx: 日本語は?", false)]
    public void A_two_character_question_marker_must_stand_whole(string line, bool question)
    {
        var syntax = ConfLogGrammar.LineOf(Dashes)(new LineInput(line)).Value;

        (syntax is QuestionLine).Should().Be(question, "'{0}' is read as {1}", line, syntax.GetType().Name);
    }
}
