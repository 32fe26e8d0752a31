using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Json;

// JsonSerializer, given a log, writes and reads the document ToJson gives, through the converter the class names.
public sealed class JsonSerializerTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Serializing_a_log_gives_the_document_of_ToJson()
    {
        JsonSerializer.Serialize(Seed.Log).Should().Be(Seed.Log.ToJson(indented: false));
    }

    [Fact]
    public void Serializing_a_log_indented_gives_the_indented_document()
    {
        JsonSerializer.Serialize(Seed.Log, Indented).Should().Be(Seed.Log.ToJson());
    }

    [Fact]
    public void Deserializing_the_document_gives_a_log_that_writes_it_again()
    {
        string json = Seed.Log.ToJson();

        var log = JsonSerializer.Deserialize<ConferenceLog>(json)!;

        log.ToJson().Should().Be(json);
        log.Sessions.Should().Equal(Seed.Log.Sessions);
    }

    [Fact]
    public void A_log_inside_another_object_is_written_as_its_document()
    {
        var wrapper = new Dictionary<string, ConferenceLog> { ["log"] = Seed.Log };

        string json = JsonSerializer.Serialize(wrapper);

        json.Should().Be("{\"log\":" + Seed.Log.ToJson(indented: false) + "}");
        JsonSerializer.Deserialize<Dictionary<string, ConferenceLog>>(json)!["log"].Sessions.Should().Equal(Seed.Log.Sessions);
    }

    [Fact]
    public void Notes_nested_deeper_than_the_serializers_limit_are_still_written()
    {
        var text = new StringBuilder("Deep / Someone\n");
        for (int depth = 0; depth < 200; depth++)
        {
            text.Append(' ', depth).Append("- level\n");
        }

        var log = ConferenceLog.Parse(text.ToString());

        JsonSerializer.Serialize(log).Should().Be(log.ToJson(indented: false));
    }

    [Fact]
    public void The_serializer_writes_no_source_text_nor_lines()
    {
        string json = JsonSerializer.Serialize(Seed.Log);

        using var document = JsonDocument.Parse(json);
        document.RootElement.EnumerateObject().Select(property => property.Name).Should()
            .Equal("version", "event", "markup", "markupReason", "sessions", "days", "diagnostics");
    }
}
