using System.Linq;
using ConfLog.Diagnostics;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A tab reaches the next multiple of four columns; a list indented with tabs in some lines and spaces in others is
// said (CL0010) once, at the line that first mixes them; a list indented with tabs alone is not.
public sealed class TabIndentationTests
{
    [Fact]
    public void Two_tabs_are_eight_columns_so_ten_spaces_nest_under_them()
    {
        var note = ConferenceLog.Parse("Parsers / Ann Lee\n- combinators\n\t\t- Sprache\n          - LINQ syntax\n").Talks.Single().Notes.Single();

        note.Children.Single().Text.Should().Be("Sprache");
        note.Children.Single().Children.Single().Text.Should().Be("LINQ syntax");
    }

    [Fact]
    public void Spaces_after_a_bullet_indented_with_two_tabs_mix_the_indentation()
    {
        var log = ConferenceLog.Parse("Parsers / Ann Lee\n- combinators\n\t\t- Sprache\n  - LINQ syntax\n");

        var mixed = log.Diagnostics.Should().ContainSingle().Subject;
        mixed.Code.Should().Be(DiagnosticCodes.MixedIndentation.Code);
        mixed.Span.Line.Should().Be(4);
        mixed.Span.Length.Should().Be(2);
    }

    [Fact]
    public void A_list_indented_with_tabs_alone_after_prose_is_not_mixed()
    {
        var log = ConferenceLog.Parse("Parsers / Ann Lee\nAn intro in prose.\n- combinators\n\t- Sprache\n");

        log.Talks.Single().Notes.Single().Children.Single().Text.Should().Be("Sprache");
        log.Diagnostics.Should().BeEmpty();
    }
}
