using System.Linq;
using ConfLog.Diagnostics;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A whole text is searched once for control characters; one that holds any is searched line by line again, so each
// is reported where it stands, the same as a stream of the same lines reports it.
public sealed class ControlCharacterTests
{
    [Fact]
    public void A_control_character_in_a_parsed_text_is_reported_at_its_column()
    {
        var log = ConferenceLog.Parse("Title / Ann Lee\n- a\u0001b\n");

        var diagnostic = log.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.ControlCharacter.Code).Subject;
        diagnostic.Span.Line.Should().Be(2);
        diagnostic.Span.Column.Should().Be(4);
        diagnostic.Message.Should().Be("a control character (U+0001) in the line");
    }

    [Fact]
    public void A_streamed_text_reports_the_same_control_character()
    {
        using var reader = new System.IO.StringReader("Title / Ann Lee\n- a\u0001b\n");
        var log = ConferenceLog.Stream(reader);
        _ = log.ToList();

        log.Diagnostics.Where(d => d.Code == DiagnosticCodes.ControlCharacter.Code).Select(d => d.Span.Column).Should().Equal(4);
    }
}
