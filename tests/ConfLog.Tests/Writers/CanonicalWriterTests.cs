using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using ConfLog.Writers;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Writers;

// src/ConfLog/Writers/CanonicalWriter.cs: the canonical form `conflog format` writes.
public sealed class CanonicalWriterTests
{
    // The log's JSON with each span reduced to its line, and the notes' markers and indents left out.
    private static string WithoutLayout(ConferenceLog log)
    {
        var pending = new Stack<JsonNode?>();
        var root = JsonNode.Parse(log.ToJson());
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonArray array:
                    array.ToList().ForEach(pending.Push);
                    break;
                case JsonObject node:
                    node.Remove("marker");
                    node.Remove("indent");
                    foreach (string name in node.Select(property => property.Key).ToList())
                    {
                        if (name is "span" or "header" && node[name] is JsonObject span)
                        {
                            node[name] = span["line"]!.GetValue<int>();
                        }
                        else
                        {
                            pending.Push(node[name]);
                        }
                    }

                    break;
            }
        }

        return root!.ToJsonString();
    }

    private static string Line(string text) => CanonicalWriter.FormatLine(ConferenceLog.Parse(text).Lines.Single());

    [Fact]
    public void The_seed_is_already_canonical_byte_for_byte()
    {
        byte[] seed = File.ReadAllBytes(Seed.Path);

        string canonical = CanonicalWriter.Write(Seed.Text);

        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(canonical).Should().Equal(seed);
    }

    [Fact]
    public void A_messy_log_becomes_the_hand_written_canonical_form()
    {
        CanonicalWriter.Write(Messy.Text).Should().Be(Messy.Canonical);
    }

    [Fact]
    public void Formatting_the_canonical_form_again_changes_nothing()
    {
        CanonicalWriter.Write(Messy.Canonical).Should().Be(Messy.Canonical);
    }

    [Fact]
    public void The_canonical_form_reads_back_into_the_same_event_sessions_notes_and_exchanges()
    {
        var messy = ConferenceLog.Parse(Messy.Text);
        var canonical = ConferenceLog.Parse(CanonicalWriter.Write(Messy.Text));

        messy.Diagnostics.Should().BeEmpty();
        // The same nodes on the same lines: only columns, lengths, offsets and the notes' markers and indents change.
        WithoutLayout(canonical).Should().Be(WithoutLayout(messy));
        canonical.Talks.Select(t => string.Join(", ", t.Speakers)).Should().Equal("Ann Lee(Acme), Bo Chen(Uni)", "Cy Dee");
        canonical.Talks[0].Notes[0].Children.Single().Text.Should().Be("nested");
        canonical.Talks[0].Timestamps.Single().Value.Should().Be(new System.DateTime(2012, 12, 4, 10, 30, 0));
        canonical.Talks[1].End.Should().Be(new System.DateTime(2012, 12, 4, 11, 0, 15));
    }

    [Theory]
    [InlineData("* note", "- note")]
    [InlineData("+ note", "- note")]
    [InlineData("• note", "- note")]
    [InlineData("・note", "- note")]
    [InlineData("・ note", "- note")]
    [InlineData("  * nested", "  - nested")]
    [InlineData("\t+ tabbed", "\t- tabbed")]
    [InlineData("*\tafter a tab", "- after a tab")]
    [InlineData("-    spaced", "- spaced")]
    [InlineData("* TinyVisor:...", "- TinyVisor:...")]
    [InlineData("+", "-")]
    public void Every_bullet_marker_becomes_a_dash_and_one_space_keeping_the_indentation(string line, string canonical)
    {
        Line(line).Should().Be(canonical);
    }

    [Theory]
    [InlineData("* Q: why?", "- Q: why?")]
    [InlineData("・A: because", "- A: because")]
    [InlineData("* 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50", "- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50")]
    public void Questions_answers_and_the_event_header_get_the_dash_too(string line, string canonical)
    {
        Line(line).Should().Be(canonical);
    }

    [Theory]
    [InlineData("[2012/12/04 10:40]", "[2012-12-04 10:40]")]
    [InlineData("[2012/12/04 10:40:15]", "[2012-12-04 10:40:15]")]
    [InlineData("[2012-12-04 10:40:00]", "[2012-12-04 10:40:00]")]
    [InlineData("[2012-12-04   10:40]  ", "[2012-12-04 10:40]")]
    public void Timestamps_use_dashes_one_space_and_keep_seconds_when_written(string line, string canonical)
    {
        Line(line).Should().Be(canonical);
    }

    [Theory]
    [InlineData("TwitVisor / 島田恭平（筑波大学）", "TwitVisor / 島田恭平(筑波大学)")]
    [InlineData("TwitVisor / 島田恭平 (筑波大学)", "TwitVisor / 島田恭平(筑波大学)")]
    [InlineData("Talk / Ann (Acme) & Bo、Cy（Uni）", "Talk / Ann(Acme), Bo, Cy(Uni)")]
    [InlineData("Talk / Ann and Bo", "Talk / Ann, Bo")]
    [InlineData("FFR GreenKiller - a / b / 村上純一(FFRI)", "FFR GreenKiller - a / b / 村上純一(FFRI)")]
    public void Talk_headers_get_ascii_parentheses_no_space_before_them_and_comma_separated_speakers(string line, string canonical)
    {
        Line(line).Should().Be(canonical);
    }

    [Fact]
    public void A_talk_header_with_no_speaker_keeps_its_trailing_space_so_it_stays_a_talk_header()
    {
        Line("Talk / ").Should().Be("Talk / ");
        ConferenceLog.Parse("Talk / \n- note\n").Talks.Should().ContainSingle();
    }

    [Theory]
    [InlineData("prose with trailing spaces   ", "prose with trailing spaces")]
    [InlineData("prose with trailing tabs\t\t", "prose with trailing tabs")]
    [InlineData("   ", "")]
    [InlineData("  indented prose * keeps (its) ［content］ ", "  indented prose * keeps (its) ［content］")]
    public void Trailing_spaces_and_tabs_go_and_other_text_is_untouched(string line, string canonical)
    {
        Line(line).Should().Be(canonical);
    }

    [Fact]
    public void The_byte_order_mark_and_each_line_ending_are_kept()
    {
        string text = "\uFEFF* a  \r\n+ b\rc\t\n- d";

        CanonicalWriter.Write(text).Should().Be("\uFEFF- a\r\n- b\rc\n- d");
    }

    [Fact]
    public void Writing_to_a_text_writer_gives_the_same_text()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        CanonicalWriter.Write(Messy.Text, writer);

        writer.ToString().Should().Be(Messy.Canonical);
    }
}
