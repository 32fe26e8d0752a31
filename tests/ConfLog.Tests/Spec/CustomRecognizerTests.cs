using System.Linq;
using System.Text.Json;
using ConfLog.Lines;
using ConfLog.Model;
using FluentAssertions;
using Sprache;
using Xunit;

namespace ConfLog.Tests.Spec;

// A dialect of your own, end to end: a "TODO: text" line kind written with Sprache, given to the parser through
// ConfLogOptions.Recognizers, becomes notes of kind "todo" in the model and in the JSON. (samples/CustomDialect
// does the same as a program.)
public sealed class CustomRecognizerTests
{
    /// <summary>The "TODO: text" line kind, for the tests of other rules that need a recognizer of the user's.</summary>
    internal static readonly LineRecognizer Todo = new(
        "todo",
        from indent in TextRuns.Spaces
        from marker in Parse.String("TODO:")
        from gap in TextRuns.Spaces
        from text in TextRuns.RestOfLine
        select text.TrimEnd());

    private static readonly ConfLogOptions Options = ConfLogOptions.Default with
    {
        Recognizers = [Todo],
        BreakKeywords = ["Pause"],
    };

    private const string Notes =
        "- 2024-03-01 Berlin 10:00〜12:00\n" +
        "Parsers / Anna Schmidt (Acme)\n" +
        "- Sprache composes parsers\n" +
        "TODO: send the slides\n" +
        "- combinators\n" +
        "  TODO: try Pidgin\n" +
        "[2024-03-01 11:00]\n" +
        "Pause\n" +
        "Lunch\n";

    [Fact]
    public void A_recognized_line_becomes_a_note_of_the_recognizers_kind()
    {
        var log = ConferenceLog.Parse(Notes, Options);

        var talk = log.Talks.Should().ContainSingle().Subject;
        talk.Notes.Select(n => (n.Kind, n.Text)).Should().Equal(
            ("note", "Sprache composes parsers"), ("todo", "send the slides"), ("note", "combinators"));
        var nested = talk.Notes[2].Children.Should().ContainSingle().Subject;
        nested.Kind.Should().Be("todo");
        nested.Text.Should().Be("try Pidgin");
        nested.Span.Line.Should().Be(6);
        talk.Notes[1].Span.Line.Should().Be(4);
    }

    [Fact]
    public void Without_the_recognizer_the_same_lines_are_prose_and_a_continuation()
    {
        var log = ConferenceLog.Parse(Notes);

        var talk = log.Talks.Should().ContainSingle().Subject;
        talk.Prose.Select(p => p.Text).Should().Equal("TODO: send the slides");
        talk.Notes.Should().OnlyContain(n => n.Kind == Note.BulletKind);
        talk.Notes[^1].Text.Should().Be("combinators\nTODO: try Pidgin");
    }

    [Fact]
    public void Break_keywords_of_your_own_replace_the_default_ones()
    {
        var log = ConferenceLog.Parse(Notes, Options);

        log.Sessions.OfType<Break>().Select(b => b.Title).Should().Equal("Pause");
        log.Sessions[^1].Should().BeOfType<Break>().Which.Prose.Select(p => p.Text).Should().Equal("Lunch");
    }

    [Fact]
    public void The_JSON_gives_each_note_its_kind()
    {
        var log = ConferenceLog.Parse(Notes, Options);

        using var json = JsonDocument.Parse(log.ToJson());
        var notes = json.RootElement.GetProperty("sessions")[0].GetProperty("items").EnumerateArray()
            .Where(item => item.GetProperty("kind").GetString() == "note").ToArray();
        notes[1].GetProperty("noteKind").GetString().Should().Be("todo");
        notes[1].GetProperty("text").GetString().Should().Be("send the slides");
        notes[0].GetProperty("noteKind").GetString().Should().Be("note");
        notes[2].GetProperty("children")[0].GetProperty("noteKind").GetString().Should().Be("todo");
        log.ToString().Should().Be(Notes);
    }
}
