using System;
using System.IO;
using System.Linq;
using System.Text;
using ConfLog.Diagnostics;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Hostile;

// Any text in, a result out, nothing lost.
public sealed class HostileInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n\n")]
    [InlineData("   \t  \u3000 ")]
    [InlineData("-")]
    [InlineData("- ")]
    [InlineData("- Q:")]
    [InlineData("- A:")]
    [InlineData("[")]
    [InlineData("[2012-12-04 10:40")]
    [InlineData(" / ")]
    [InlineData("/")]
    [InlineData("((((")]
    [InlineData("- 2012-12-04 (")]
    [InlineData("Title / (")]
    [InlineData("Title / a, , b")]
    [InlineData("http://")]
    [InlineData("- http://")]
    [InlineData("：：：")]
    public void Degenerate_inputs_parse_and_round_trip(string text)
    {
        var log = ConferenceLog.Parse(text);

        log.ToString().Should().Be(text);
        log.ToJson().Should().StartWith("{");
    }

    [Fact]
    public void An_empty_string_has_no_lines_no_sessions_and_no_diagnostics()
    {
        var log = ConferenceLog.Parse(string.Empty);

        log.Source.Lines.Should().BeEmpty();
        log.Sessions.Should().BeEmpty();
        log.Diagnostics.Should().BeEmpty();
        log.Event.Date.Should().BeNull();
    }

    [Fact]
    public void Null_is_read_as_empty()
    {
        ConferenceLog.Parse(null).ToString().Should().BeEmpty();
    }

    [Fact]
    public void A_question_with_nothing_after_its_marker_is_an_empty_unanswered_question()
    {
        var log = ConferenceLog.Parse("T / S\n- Q:");

        log.Talks[0].Exchanges.Should().ContainSingle().Which.Question!.Text.Should().BeEmpty();
        log.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CL0004");
    }

    [Fact]
    public void A_ten_megabyte_single_line_is_one_prose_line()
    {
        string text = new string('あ', 10 * 1024 * 1024);

        var log = Bounded.Run(() => ConferenceLog.Parse(text));

        log.ToString().Should().BeSameAs(text);
        log.Sessions.Should().ContainSingle().Which.Prose.Should().ContainSingle().Which.Text.Length.Should().Be(text.Length);
    }

    [Fact]
    public void A_ten_megabyte_line_of_separators_and_urls_parses()
    {
        var builder = new StringBuilder();
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(" / http://x.example/ http:// - Q: (");
        }

        string text = builder.ToString();
        var log = Bounded.Run(() => ConferenceLog.Parse(text));

        log.ToString().Should().Be(text);
        log.Sessions.SelectMany(s => s.Links).Should().NotBeEmpty();
    }

    [Fact]
    public void A_million_empty_lines_round_trip()
    {
        string text = new string('\n', 1_000_000);

        var log = Bounded.Run(() => ConferenceLog.Parse(text));

        log.Source.Lines.Should().HaveCount(1_000_000);
        log.ToString().Should().Be(text);
        log.Sessions.Should().ContainSingle().Which.Items.Should().HaveCount(1_000_000).And.AllBeOfType<Blank>();
    }

    [Fact]
    public void A_hundred_thousand_talks_are_all_found_with_their_times()
    {
        var builder = new StringBuilder("- 2012-12-04 会場 00:00-23:59\n");
        var start = new DateTime(2012, 12, 4);
        for (int i = 0; i < 100_000; i++)
        {
            builder.Append(start.AddSeconds(i).ToString("'['yyyy-MM-dd HH:mm:ss']'", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            builder.Append("Talk ").Append(i).Append(" / Speaker ").Append(i).Append("(Org)\n- note\n- Q: why?\n- A: because\n");
        }

        string text = builder.ToString();
        var log = Bounded.Run(() => ConferenceLog.Parse(text));

        log.Talks.Should().HaveCount(100_000);
        log.Talks[99_999].Title.Should().Be("Talk 99999");
        log.Talks[99_999].Start.Should().Be(start.AddSeconds(99_999));
        log.Talks[50_000].End.Should().Be(start.AddSeconds(50_001));
        log.ToString().Should().Be(text);
    }

    [Fact]
    public void A_bullet_nested_ten_thousand_levels_deep_neither_overflows_nor_loses_a_level()
    {
        const int depth = 10_000;
        var builder = new StringBuilder("Deep / Diver\n");
        for (int i = 0; i < depth; i++)
        {
            builder.Append('\t', i).Append("- level ").Append(i).Append('\n');
        }

        string text = builder.ToString();
        var log = Bounded.Run(() => ConferenceLog.Parse(text));

        var note = log.Talks[0].Notes.Should().ContainSingle().Subject;
        int levels = 1;
        while (note.Children.Length > 0)
        {
            note = note.Children[0];
            levels++;
        }

        levels.Should().Be(depth);
        note.Text.Should().Be("level 9999");
        log.ToString().Should().Be(text);
        log.AllNodes().Count(n => n is Note).Should().Be(depth);
        Bounded.Run(() => log.ToJson(indented: false)).Should().Contain("\"level 9999\"");
    }

    [Fact]
    public void Random_bytes_load_without_an_exception_and_report_what_is_not_utf8()
    {
        var random = new Random(20121204);
        for (int round = 0; round < 50; round++)
        {
            byte[] junk = new byte[random.Next(0, 4096)];
            random.NextBytes(junk);

            var log = ConferenceLog.Load(new MemoryStream(junk));

            log.ToJson().Should().StartWith("{");
            if (log.Diagnostics.All(d => d.Code != "CL0011"))
            {
                // No invalid sequence was reported, so the bytes were valid UTF-8 and must come back as they were.
                using var saved = new MemoryStream();
                log.Save(saved);
                saved.ToArray().Should().Equal(junk);
            }
        }
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_with_its_byte_offset()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("- note\nあ").Concat(new byte[] { 0xFF, 0xC3 }).Concat(Encoding.UTF8.GetBytes("b")).ToArray();

        var log = ConferenceLog.Load(new MemoryStream(bytes));

        log.ToString().Should().Be("- note\nあ\uFFFD\uFFFDb");
        log.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "(2,2): error CL0011: invalid UTF-8 byte 0xFF at byte offset 10, replaced by U+FFFD",
            "(2,3): error CL0011: invalid UTF-8 byte 0xC3 at byte offset 11, replaced by U+FFFD");
    }

    [Fact]
    public void A_truncated_multibyte_sequence_is_one_replacement()
    {
        byte[] bytes = { 0x61, 0xE3, 0x81, 0x62 };

        var log = ConferenceLog.Load(new MemoryStream(bytes));

        log.ToString().Should().Be("a\uFFFDb");
        log.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("invalid UTF-8 2 bytes from 0xE3 at byte offset 1, replaced by U+FFFD");
    }

    [Theory]
    [InlineData("a\0b", "(1,2): warning CL0012: a NUL character (U+0000) in the line")]
    [InlineData("- note\u0007", "(1,7): warning CL0012: a control character (U+0007) in the line")]
    public void Control_characters_are_kept_and_reported(string text, string diagnostic)
    {
        var log = ConferenceLog.Parse(text);

        log.ToString().Should().Be(text);
        log.Diagnostics.Select(d => d.ToString()).Should().Equal(diagnostic);
        log.ToJson().Should().StartWith("{");
    }

    // Built in code, not in [InlineData]: test data travels to the runner serialized, and a lone surrogate does not survive that.
    [Theory]
    [InlineData(0xD800, "y", "(1,2): warning CL0012: a lone surrogate (U+D800) in the line")]
    [InlineData(0xDC00, "", "(1,2): warning CL0012: a lone surrogate (U+DC00) in the line")]
    public void Lone_surrogates_are_kept_and_reported(int surrogate, string after, string diagnostic)
    {
        string text = "x" + (char)surrogate + after;

        var log = ConferenceLog.Parse(text);

        log.ToString().Should().Be(text);
        log.Diagnostics.Select(d => d.ToString()).Should().Equal(diagnostic);
        log.ToJson().Should().StartWith("{");
    }

    // Controls and surrogates are searched for apart: whichever comes first in the line is the one reported.
    [Theory]
    [InlineData("🎉a\u0001", "(1,4)", "a control character (U+0001)")]
    [InlineData("a\u0001🎉", "(1,2)", "a control character (U+0001)")]
    [InlineData("\t🎉\u007F", "(1,4)", "a control character (U+007F)")]
    [InlineData("🎉🎉|\u0002", "(1,6)", "a control character (U+0002)")]
    public void The_first_bad_character_of_a_line_is_reported_after_any_pairs_of_surrogates(string text, string at, string what)
    {
        ConferenceLog.Parse(text).Diagnostics.Select(d => d.ToString()).Should().Equal($"{at}: warning CL0012: {what} in the line");
    }

    [Theory]
    [InlineData("🎉", 0xDC00, "\u0001", "(1,3)", 0xDC00)]
    [InlineData("a\u0001", 0xD800, "", "(1,2)", 0x0001)]
    public void A_lone_surrogate_and_a_control_character_in_one_line_give_the_first_of_them(string before, int surrogate, string after, string at, int reported)
    {
        string text = before + (char)surrogate + after;

        var diagnostic = ConferenceLog.Parse(text).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.ToString().Should().StartWith($"{at}: warning CL0012: ").And.Contain($"(U+{reported:X4})");
    }

    [Fact]
    public void A_pair_of_surrogates_is_text_not_a_control_character()
    {
        ConferenceLog.Parse("- 🎉 emoji").Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("- שלום עולם\n- مرحبا بالعالم")]
    [InlineData("- e\u0301te\u0301 Zu\u0308rich")]
    [InlineData("🎤 Keynote 🚀 / Ада Лавлейс(👩‍💻 Lab)")]
    [InlineData("- ＡＢＣ ABC ｱｲｳ アイウ １２３ 123")]
    [InlineData("\u202Eevil\u202C / x")]
    public void Right_to_left_combining_emoji_and_width_variants_are_kept(string text)
    {
        var log = ConferenceLog.Parse(text);

        log.ToString().Should().Be(text);
        log.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void A_talk_header_with_emoji_keeps_the_speaker_and_affiliation()
    {
        var talk = ConferenceLog.Parse("🎤 Keynote 🚀 / Ада Лавлейс(👩‍💻 Lab)").Talks.Should().ContainSingle().Subject;

        talk.Title.Should().Be("🎤 Keynote 🚀");
        talk.Speakers[0].Name.Should().Be("Ада Лавлейс");
        talk.Speakers[0].Affiliation.Should().Be("👩‍💻 Lab");
    }
}
