using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Json;

// JsonSerializer, given a node, writes the object the log's document holds for it, and reads it back into an equal node.
public sealed class JsonNodeConverterTests
{
    private static readonly JsonNode Document = JsonNode.Parse(Seed.Log.ToJson())!;

    [Fact]
    public void A_talk_is_written_as_its_session_in_the_document()
    {
        var talk = Seed.Log.Talks[1];

        var json = JsonNode.Parse(JsonSerializer.Serialize(talk));

        JsonNode.DeepEquals(json, Document["sessions"]![2]).Should().BeTrue();
    }

    [Fact]
    public void The_sessions_as_a_list_of_sessions_are_the_documents_sessions()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Seed.Log.Sessions.ToList()));

        JsonNode.DeepEquals(json, Document["sessions"]).Should().BeTrue();
    }

    [Fact]
    public void A_talk_read_back_equals_the_talk_written()
    {
        var talk = Seed.Log.Talks[9];

        JsonSerializer.Deserialize<Talk>(JsonSerializer.Serialize(talk)).Should().Be(talk);
        JsonSerializer.Deserialize<Session>(JsonSerializer.Serialize<Session>(talk)).Should().Be(talk);
    }

    [Fact]
    public void Items_speakers_links_and_the_event_read_back_equal()
    {
        var talk = Seed.Log.Talks[3];
        var items = talk.Items.ToArray();

        JsonSerializer.Deserialize<SessionItem[]>(JsonSerializer.Serialize(items)).Should().Equal(items);
        JsonSerializer.Deserialize<Speaker>(JsonSerializer.Serialize(talk.Speakers[0])).Should().Be(talk.Speakers[0]);
        JsonSerializer.Deserialize<Link>(JsonSerializer.Serialize(talk.Links[0])).Should().Be(talk.Links[0]);
        JsonSerializer.Deserialize<Event>(JsonSerializer.Serialize(Seed.Log.Event)).Should().Be(Seed.Log.Event);
        JsonSerializer.Deserialize<Node>(JsonSerializer.Serialize<Node>(talk.Notes[0])).Should().Be(talk.Notes[0]);
    }

    [Fact]
    public void A_node_of_another_kind_is_refused()
    {
        string exchange = JsonSerializer.Serialize(Seed.Log.Talks[1].Exchanges[0]);

        var read = () => JsonSerializer.Deserialize<Note>(exchange);

        read.Should().Throw<JsonException>().WithMessage("*not a Note*");
    }

    [Fact]
    public void A_day_is_written_but_not_read_alone()
    {
        var log = ConferenceLog.Parse("# Summit\n\n## Day 1\n\n### Scaling writes by Jane Roe\n- shard by tenant\n");
        log.Days.Should().ContainSingle();

        string json = JsonSerializer.Serialize(log.Days[0]);
        var read = () => JsonSerializer.Deserialize<Day>(json);

        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(log.ToJson())!["days"]![0]).Should().BeTrue();
        read.Should().Throw<NotSupportedException>().WithMessage("*FromJson*");
    }
}
