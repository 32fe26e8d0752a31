using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Json;

// ConferenceLog.FromJson reads the document back into the model: equal nodes at the same places, and the same
// document when written again. Only the text is not in it.
public sealed class FromJsonTests
{
    [Theory]
    [MemberData(nameof(JsonDocuments.Names), MemberType = typeof(JsonDocuments))]
    public void A_document_read_back_is_written_again_as_it_was(string name)
    {
        string json = JsonDocuments.Log(name).ToJson();

        ConferenceLog.FromJson(json).ToJson().Should().Be(json);
    }

    [Theory]
    [MemberData(nameof(JsonDocuments.Names), MemberType = typeof(JsonDocuments))]
    public void A_document_read_back_holds_the_nodes_that_were_written(string name)
    {
        var log = JsonDocuments.Log(name);

        var read = ConferenceLog.FromJson(log.ToJson(indented: false));

        read.Event.Should().Be(log.Event);
        read.Sessions.Should().Equal(log.Sessions);
        read.Days.Should().Equal(log.Days);
        read.Diagnostics.Should().Equal(log.Diagnostics);
        read.Markup.Should().Be(log.Markup);
        read.MarkupReason.Should().Be(log.MarkupReason);
        read.Talks.Should().Equal(log.Talks);
    }

    [Fact]
    public void A_log_read_from_JSON_has_no_text_but_keeps_its_spans()
    {
        var read = ConferenceLog.FromJson(Seed.Log.ToJson());

        read.Source.Text.Should().BeEmpty();
        read.Lines.Should().BeEmpty();
        read.ToString().Should().BeEmpty();
        read.Talks[0].Header.Should().Be(Seed.Log.Talks[0].Header);
        read.Talks[0].Header.Line.Should().Be(6);
        read.AllNodes().Select(node => node.Span).Should().Equal(Seed.Log.AllNodes().Select(node => node.Span));
    }

    [Fact]
    public void Notes_nested_thousands_deep_are_read_back_without_overflowing()
    {
        var text = new StringBuilder("Deep / Someone\n");
        for (int depth = 0; depth < 5000; depth++)
        {
            text.Append(' ', depth).Append("- level\n");
        }

        var log = ConferenceLog.Parse(text.ToString());
        string json = log.ToJson(indented: false);

        var read = ConferenceLog.FromJson(json);

        read.Sessions.Should().Equal(log.Sessions);
        read.Talks[0].Notes[0].Descendants<Note>().Count().Should().Be(4999);
    }

    [Fact]
    public void A_document_of_another_version_is_refused()
    {
        var json = JsonNode.Parse(Seed.Log.ToJson())!;
        json["version"] = 1;

        var read = () => ConferenceLog.FromJson(json.ToJsonString());

        read.Should().Throw<JsonException>().WithMessage("*version 1*");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"version\": 2, \"sessions\": 3}")]
    [InlineData("[1, 2]")]
    public void Text_that_is_not_a_ConfLog_document_is_refused_as_JSON(string json)
    {
        var read = () => ConferenceLog.FromJson(json);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void A_session_item_of_unknown_kind_is_named_in_the_error()
    {
        var json = JsonNode.Parse(Seed.Log.ToJson())!;
        json["sessions"]![1]!["items"]![0]!["kind"] = "bullet";

        var read = () => ConferenceLog.FromJson(json.ToJsonString());

        read.Should().Throw<JsonException>().WithMessage("*\"bullet\"*");
    }
}
