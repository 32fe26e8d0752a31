using ConfLog.Model;
using ConfLog.Tests.Properties;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Json;

// On generated logs, in every markup the reader knows: JSON -> model -> JSON is the identity, and the model read back
// equals the model written.
public sealed class JsonPropertyTests
{
    private static readonly Gen<ConfLogOptions> Options = Gen.OneOf(
        Gen.Const(ConfLogOptions.Default),
        Gen.Enum<NoteMarkup>().Select(markup => ConfLogOptions.Default with { Markup = markup }));

    [Fact]
    public void JSON_read_back_and_written_again_is_the_same_JSON()
    {
        Gen.Select(LogGen.Any, Options).Sample(
            (text, options) =>
            {
                string json = ConferenceLog.Parse(text, options).ToJson(indented: false);
                return ConferenceLog.FromJson(json).ToJson(indented: false) == json;
            },
            iter: 1000);
    }

    [Fact]
    public void The_model_read_back_from_JSON_equals_the_model_written()
    {
        Gen.Select(LogGen.NotesLike, Options).Sample(
            (text, options) =>
            {
                var log = ConferenceLog.Parse(text, options);
                var read = ConferenceLog.FromJson(log.ToJson());
                read.Event.Should().Be(log.Event);
                read.Sessions.Should().Equal(log.Sessions);
                read.Diagnostics.Should().Equal(log.Diagnostics);
                read.Days.Should().Equal(log.Days);
            },
            iter: 500);
    }
}
