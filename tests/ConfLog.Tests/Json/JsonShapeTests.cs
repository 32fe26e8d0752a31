using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ConfLog.Model;
using ConfLog.Writers;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Json;

// The document's shape: a version, a span on every node, and a session's items in source order with their kinds.
public sealed class JsonShapeTests
{
    private static JsonElement Root(ConferenceLog log) => JsonDocument.Parse(log.ToJson()).RootElement;

    [Fact]
    public void The_document_says_its_version()
    {
        Root(Seed.Log).GetProperty("version").GetInt32().Should().Be(JsonWriter.Version).And.Be(2);
    }

    [Theory]
    [MemberData(nameof(JsonDocuments.Names), MemberType = typeof(JsonDocuments))]
    public void Every_node_of_the_log_has_a_span_in_the_document(string name)
    {
        var log = JsonDocuments.Log(name);
        var root = Root(log);

        var spans = new List<int>();
        Collect(root.GetProperty("event"), spans);
        Collect(root.GetProperty("sessions"), spans);

        spans.Should().Equal(log.AllNodes().Select(node => node.Span.Line).OrderBy(line => line));
    }

    [Fact]
    public void A_sessions_items_keep_their_order_and_say_their_kind()
    {
        const string text = "Talk / Speaker\n- a note\n- Q: why?\n- A: because\n\nsome prose\n[2012-12-04 10:40]\n- another note\n";
        var log = ConferenceLog.Parse(text);

        var items = Root(log).GetProperty("sessions")[0].GetProperty("items").EnumerateArray().ToArray();

        items.Select(item => item.GetProperty("kind").GetString()).Should().Equal("note", "exchange", "blank", "prose", "timestamp", "note");
        items.Select(item => item.GetProperty("span").GetProperty("line").GetInt32()).Should().Equal(2, 3, 5, 6, 7, 8);
        items[1].GetProperty("question").GetProperty("text").GetString().Should().Be("why?");
        items[1].GetProperty("answers")[0].GetProperty("span").GetProperty("line").GetInt32().Should().Be(4);
        items[5].GetProperty("text").GetString().Should().Be("another note");
    }

    [Fact]
    public void A_span_gives_the_line_column_offset_and_length_of_its_node()
    {
        var log = ConferenceLog.Parse("Talk / 品川高廣(東京大学)\n");

        var speaker = Root(log).GetProperty("sessions")[0].GetProperty("speakers")[0];

        var span = log.Talks[0].Speakers[0].Span;
        speaker.GetProperty("span").GetProperty("line").GetInt32().Should().Be(span.Line);
        speaker.GetProperty("span").GetProperty("column").GetInt32().Should().Be(8);
        speaker.GetProperty("span").GetProperty("offset").GetInt32().Should().Be(span.Offset);
        speaker.GetProperty("span").GetProperty("length").GetInt32().Should().Be(span.Length);
    }

    // Every "span" below an element, by its line, in the order of lines: the document holds one per node.
    private static void Collect(JsonElement element, List<int> lines)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(element);
        var found = new List<int>();
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in current.EnumerateArray())
                {
                    pending.Push(child);
                }
            }
            else if (current.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in current.EnumerateObject())
                {
                    if (property.Name == "span")
                    {
                        found.Add(property.Value.GetProperty("line").GetInt32());
                    }
                    // A header's span is its session's line, and a session's "exchanges" repeat its exchange items.
                    else if (property.Name is not ("header" or "exchanges"))
                    {
                        pending.Push(property.Value);
                    }
                }
            }
        }

        lines.AddRange(found);
        lines.Sort();
    }
}
