using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ConfLog.Writers;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Json;

// The schema in the package describes every document the library writes: the seed's, each spec example's, each
// corpus file's, and each session line of the streamed JSON; and it is strict enough to refuse a wrong one.
public sealed class JsonSchemaTests
{
    [Theory]
    [MemberData(nameof(JsonDocuments.Names), MemberType = typeof(JsonDocuments))]
    public void Every_document_is_valid_against_the_schema(string name)
    {
        string json = JsonDocuments.Log(name).ToJson();

        ConfLogSchema.DocumentErrors(json).Should().BeNull("the JSON of {0} must follow the schema", name);
    }

    [Fact]
    public void Each_session_line_of_the_streamed_JSON_is_a_session_of_the_schema()
    {
        using var writer = new StringWriter();
        JsonWriter.WriteLines(ConferenceLog.Stream(new StringReader(Seed.Text)), writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().HaveCountGreaterThan(10);
        JsonNode.Parse(lines[0])!["version"]!.GetValue<int>().Should().Be(JsonWriter.Version);
        foreach (string line in lines.Skip(1).Take(lines.Length - 2))
        {
            ConfLogSchema.SessionErrors(line).Should().BeNull();
        }
    }

    [Fact]
    public void The_schema_refuses_a_document_of_another_version()
    {
        var json = JsonNode.Parse(Seed.Log.ToJson())!;
        json["version"] = 1;

        ConfLogSchema.DocumentErrors(json.ToJsonString()).Should().NotBeNull();
    }

    [Fact]
    public void The_schema_refuses_an_item_with_no_span()
    {
        var json = JsonNode.Parse(Seed.Log.ToJson())!;
        json["sessions"]![1]!["items"]![0]!.AsObject().Remove("span");

        ConfLogSchema.DocumentErrors(json.ToJsonString()).Should().NotBeNull();
    }

    [Fact]
    public void The_schema_refuses_an_item_of_unknown_kind()
    {
        var json = JsonNode.Parse(Seed.Log.ToJson())!;
        json["sessions"]![1]!["items"]![0]!["kind"] = "bullet";

        ConfLogSchema.DocumentErrors(json.ToJsonString()).Should().NotBeNull();
    }

    [Fact]
    public void The_schema_the_library_gives_is_the_file_in_the_repository()
    {
        string file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Json", "conflog.schema.json"));

        JsonWriter.Schema.Should().Be(file);
        JsonNode.Parse(JsonWriter.Schema)!["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
    }
}
