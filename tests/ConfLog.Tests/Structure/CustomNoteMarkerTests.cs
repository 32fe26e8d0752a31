using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Structure;

// A note made by one of the user's recognizers has no bullet marker: its marker is empty, its text the recognizer's.
public sealed class CustomNoteMarkerTests
{
    [Fact]
    public void A_todo_line_is_a_note_of_its_kind_with_an_empty_marker()
    {
        var options = ConfLogOptions.Default with { Recognizers = [Spec.CustomRecognizerTests.Todo] };

        var note = ConferenceLog.Parse("Parsers / Ann Lee\n- combinators\nTODO: send the slides\n", options).Talks.Single().Notes[1];

        note.Should().Match<Note>(n => n.Kind == "todo" && n.Text == "send the slides" && n.Marker == string.Empty);
    }
}
