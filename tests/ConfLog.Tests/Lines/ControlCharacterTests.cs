using System.Linq;
using ConfLog.Diagnostics;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Lines;

// The line reader reports the first character of a line that is not text: an ASCII control but tab, DEL, or a
// surrogate without its pair. A text with none is searched once as a whole; a text with one, line by line.
public sealed class ControlCharacterTests
{
    [Theory]
    [InlineData("a\u0001b", 2, "a control character (U+0001) in the line")]
    [InlineData("\u0001ab", 1, "a control character (U+0001) in the line")]
    [InlineData("ab\u001F", 3, "a control character (U+001F) in the line")]
    [InlineData("a\u0000b", 2, "a NUL character (U+0000) in the line")]
    [InlineData("a\u007Fb", 2, "a control character (U+007F) in the line")]
    [InlineData("\uD83D\uDE00\u0007", 3, "a control character (U+0007) in the line")]
    [InlineData("a\u0002\u0003", 2, "a control character (U+0002) in the line")]
    public void The_first_control_character_of_a_line_is_reported_where_it_is(string line, int column, string message)
    {
        foreach (string text in new[] { line, "ok\n" + line, line + "\r\nok" })
        {
            var diagnostic = ConferenceLog.Parse(text).Diagnostics.Should().ContainSingle().Which;

            diagnostic.Code.Should().Be(DiagnosticCodes.ControlCharacter.Code);
            diagnostic.Message.Should().Be(message);
            diagnostic.Span.Line.Should().Be(text.StartsWith("ok", System.StringComparison.Ordinal) ? 2 : 1);
            diagnostic.Span.Column.Should().Be(column);
            diagnostic.Span.Length.Should().Be(1);
        }
    }

    // Built here, not in attributes: a test case's data would not carry a lone surrogate through intact.
    [Fact]
    public void A_lone_surrogate_or_a_control_character_whichever_comes_first_is_reported_where_it_is()
    {
        var cases = new[]
        {
            ("a\uD800b", 2, "a lone surrogate (U+D800)"),
            ("a\uDC00", 2, "a lone surrogate (U+DC00)"),
            ("\uDC00\uD800", 1, "a lone surrogate (U+DC00)"),
            ("\uD83D\uDE00\uD83D", 3, "a lone surrogate (U+D83D)"),
            ("a\u0001\uD800", 2, "a control character (U+0001)"),
            ("a\uD800\u0001", 2, "a lone surrogate (U+D800)"),
            ("\u0001\uD83D\uDE00", 1, "a control character (U+0001)"),
            ("\uD800\u0001", 1, "a lone surrogate (U+D800)"),
            ("\uD83D\uDE00\u0001\uD800", 3, "a control character (U+0001)"),
            ("\uD83D\uDE00a\uDC00\u0001", 4, "a lone surrogate (U+DC00)"),
            ("ab\uD83D\uDE00", 0, ""),
        };

        foreach (var (text, column, what) in cases)
        {
            foreach (string log in new[] { text, "ok\n" + text })
            {
                var diagnostics = ConferenceLog.Parse(log).Diagnostics;
                if (column == 0)
                {
                    diagnostics.Should().BeEmpty();
                    continue;
                }

                var diagnostic = diagnostics.Should().ContainSingle().Which;
                diagnostic.Message.Should().Be(what + " in the line");
                diagnostic.Span.Column.Should().Be(column);
            }
        }
    }

    [Theory]
    [InlineData("a\tb")]
    [InlineData("\t- indented")]
    [InlineData("a\r\nb\rc\n")]
    [InlineData("\uD83D\uDE00 paired")]
    [InlineData("~ 日本語\u3000")]
    public void Tabs_line_endings_and_paired_surrogates_are_text(string text)
    {
        ConferenceLog.Parse(text).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Each_line_with_a_control_character_is_reported()
    {
        var log = ConferenceLog.Parse("a\u0001\nclean\n\u0002b");

        log.Diagnostics.Select(d => (d.Span.Line, d.Span.Column)).Should().Equal((1, 2), (3, 1));
    }
}
