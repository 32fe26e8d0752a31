using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConfLog.Writers;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Writers;

// The JSON of a log is written a session at a time; whichever way it is written, it is the same text.
public sealed class JsonWriterTests
{
    // About 400 KB of JSON: several of the writer's 64 KB chunks, with Japanese text across their boundaries.
    private static readonly string Large = string.Concat(Enumerable.Range(0, 1500).Select(i => string.Create(
        CultureInfo.InvariantCulture,
        $"[2012-12-04 {10 + (i / 60 % 12):00}:{i % 60:00}]\n発表 {i} / 講演者 {i}(所属 {i % 7})\n- メモ {i}: 日本語のノート\n- Q: なぜ {i}?\n- A: だから\n")));

    public static TheoryData<string> Logs() => new() { Seed.Text, Large };

    [Theory]
    [MemberData(nameof(Logs))]
    public void Writing_to_a_text_writer_gives_the_text_of_ToJson(string text)
    {
        var log = ConferenceLog.Parse(text);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        JsonWriter.Write(log, writer);

        writer.ToString().Should().Be(log.ToJson());
    }

    [Theory]
    [MemberData(nameof(Logs))]
    public void Writing_to_a_stream_gives_the_UTF8_of_ToJson(string text)
    {
        var log = ConferenceLog.Parse(text);
        using var stream = new MemoryStream();

        JsonWriter.Write(log, stream, indented: false);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(log.ToJson(indented: false));
    }

    [Fact]
    public void A_large_logs_JSON_is_one_document_with_every_session()
    {
        var log = ConferenceLog.Parse(Large);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        JsonWriter.Write(log, writer);

        writer.ToString().Length.Should().BeGreaterThan(4 * 64 * 1024, "the log must span several chunks to test them");
        using var document = JsonDocument.Parse(writer.ToString());
        document.RootElement.GetProperty("sessions").GetArrayLength().Should().Be(1500);
        document.RootElement.GetProperty("sessions")[1499].GetProperty("title").GetString().Should().Be("発表 1499");
    }
}
