using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConfLog.Model;
using ConfLog.Writers;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Writers;

// The writers moved into the library with the model they read: Markdown, a session's text, several logs as one JSON array.
public sealed class WritersFromTheModelTests
{
    [Fact]
    public void Several_logs_are_one_json_array_of_the_documents_each_gives_alone()
    {
        var logs = new[] { Seed.Log, ConferenceLog.Parse("Talk / Ann\n- Q: why?\n"), ConferenceLog.Parse(string.Empty) };
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        JsonWriter.Write(logs, writer);

        using var array = JsonDocument.Parse(writer.ToString());
        array.RootElement.GetArrayLength().Should().Be(3);
        for (int i = 0; i < logs.Length; i++)
        {
            using var alone = JsonDocument.Parse(logs[i].ToJson());
            array.RootElement[i].GetRawText().Replace("\n  ", "\n").Should().Be(alone.RootElement.GetRawText());
        }
    }

    [Fact]
    public void No_logs_are_an_empty_array()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        JsonWriter.Write(Enumerable.Empty<ConferenceLog>(), writer, indented: false);

        writer.ToString().Should().Be("[]");
    }

    [Fact]
    public void Markdown_as_a_string_is_what_it_writes_to_a_writer()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        MarkdownWriter.Write(Seed.Log, writer);

        MarkdownWriter.Write(Seed.Log).Should().Be(writer.ToString());
        writer.ToString().Should().Contain("\n## TwitVisor\n\n*17:18–17:47* · 島田恭平(筑波大学)\n");
    }

    [Fact]
    public void Markdown_escapes_emphasis_but_leaves_urls_as_written()
    {
        var log = ConferenceLog.Parse("Talk / Ann\n- a_b *c* https://example.com/x_y\n");

        MarkdownWriter.Write(log).Should().Contain("\n- a\\_b \\*c\\* https://example.com/x_y\n");
    }

    [Fact]
    public void A_sessions_text_is_its_notes_nested_its_exchanges_and_its_prose()
    {
        var talk = ConferenceLog.Parse("[2012-12-04 10:00]\nTalk / Ann\n- ML: a\n  - b\n- Q: why?\n- A: so\nprose\n[2012-12-04 10:30]\n").Talks.Single();

        SessionText.Lines(talk).Should().Equal("- ML: a", "  - b", "Q: why?", "A: so", "prose");
        SessionText.Times(talk).Should().Be("10:00–10:30");
        SessionText.Times(ConferenceLog.Parse("Talk / Ann\n").Talks.Single()).Should().Be("?–?");
    }

    [Fact]
    public void The_canonical_form_reads_the_lines_in_the_dialect_it_is_given()
    {
        var dialect = ConfLogOptions.Default with { BulletMarkers = ["-", "→"] };

        CanonicalWriter.Write("Talk / Ann\n→ note\n", dialect).Should().Be("Talk / Ann\n- note\n");
        CanonicalWriter.Write("Talk / Ann\n→ note\n").Should().Be("Talk / Ann\n→ note\n");
        ConferenceLog.Parse("Talk / Ann\n→ note\n", dialect).Talks.Single().Notes.Single().Marker.Should().Be("→");
    }

    [Fact]
    public void A_null_text_has_an_empty_canonical_form()
    {
        CanonicalWriter.Write(null).Should().BeEmpty();
    }
}
