using System.Linq;
using ConfLog.Tests.Spec;
using ConfLog.Writers;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Writers;

// The Markdown writer's output, rendered by a CommonMark parser (Markdig's default pipeline), shows every title,
// note, question, answer and prose line exactly as the notes have it, and in the structure the writer means.
public sealed class MarkdownRenderingTests
{
    // Lines that CommonMark would read as something else than text, one of each kind and then some.
    private static readonly string[] Hostile =
    [
        "---", "***", "___", "- - -", "===", "# not a heading", "#hashtag", "C# tips ##", "ends with #", "+ plus", "* star",
        "1. first point", "2020. A great year", "3) third", "> quoted", ">>", "&copy; 2012", "&#169; &#xA9; &amp;", "AT&T",
        "<b>bold</b>", "<!-- comment -->", "<div>", "<https://example.org>", "`code`", "```", "~~~", "~~struck~~",
        "a | b | c", "|---|", "[link](https://example.org)", "[ref]: /url", "![image](x.png)", "[ ] task", "\\", "ends with \\",
        "\\*not emphasis\\*", "_under_", "snake_case_name", "*emphasis*", "**strong**", "a * b * c", "2 * 3 = 6",
        "    four spaces", "\tindented", "trailing  ", "x\\", "**Q:** fake", ": definition", "<", "&", "[", "]", "!",
    ];

    public static TheoryData<string> HostileTexts => new(Hostile);

    [Fact]
    public void The_seed_renders_as_its_text()
    {
        Check(Seed.Text);
    }

    [Fact]
    public void Every_spec_example_renders_as_its_text()
    {
        SpecExample.All.Should().NotBeEmpty();
        foreach (var example in SpecExample.All)
        {
            Check(example.Input, $"spec example {example.Ordinal} (line {example.Line})");
        }
    }

    [Fact]
    public void Every_corpus_file_renders_as_its_text()
    {
        Corpus.Names.Should().NotBeEmpty();
        foreach (string name in Corpus.Names)
        {
            Check(Corpus.Text(name), name);
        }
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void A_hostile_text_renders_as_itself_as_title_note_label_question_answer_and_prose(string text)
    {
        var log = Check(Notes(text, text, text, text, text, text, text));

        // The text really reached the writer (as a note at least), not only a line the reader threw away.
        MarkdownRendering.Expected(log).Should().Contain(t => t.Contains(text.Trim(), System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generated_hostile_lines_render_as_themselves_wherever_they_stand()
    {
        var fragment = Gen.OneOf([.. Hostile, "word", "語", " ", "https://example.org/a_b", "10:40"]);
        var text = Gen.Frequency(
                (3, fragment),
                (1, Gen.Char[' ', '~'].Select(c => c.ToString())),
                (1, Gen.OneOf('_', '*', '#', '&', '<', '`', '\\', '|', '[', ']', '-', '=', '.', ')').Select(c => c.ToString())))
            .Array[1, 5]
            .Select(parts => string.Concat(parts));
        Gen.Select(text, text, text, text, text, text, text).Sample(
            (title, speaker, note, child, question, answer, prose) => Check(Notes(title, speaker, note, child, question, answer, prose)),
            iter: 3000);
    }

    [Fact]
    public void A_prose_rule_a_numbered_note_and_an_entity_stay_text_in_the_markdown_itself()
    {
        var log = ConferenceLog.Parse("Talk / Ann\n- 1. first point\n- 2020. A great year\n---\n- &copy;\n");

        string markdown = MarkdownWriter.Write(log);

        markdown.Should().Contain("\n- 1\\. first point\n- 2020\\. A great year\n").And.Contain("\n\\---\n").And.Contain("\n- \\&copy;\n");
    }

    [Fact]
    public void A_question_is_an_item_with_its_answers_nested_under_it()
    {
        var log = ConferenceLog.Parse("Talk / Ann\n- a note\nQ: why?\nA: because.\nA: and more.\nQ: how?\n");

        string markdown = MarkdownWriter.Write(log);

        markdown.Should().EndWith("\n- a note\n\n* **Q:** why?\n  - **A:** because.\n  - **A:** and more.\n* **Q:** how?\n");
        var html = Markdig.Markdown.ToHtml(markdown, new Markdig.MarkdownPipelineBuilder().Build());
        html.Should().Contain("<li><strong>Q:</strong> why?\n<ul>\n<li><strong>A:</strong> because.</li>\n<li><strong>A:</strong> and more.</li>\n</ul>\n</li>");
    }

    // A talk holding each text in one place a writer puts text: its title, a speaker, a note and the note under it, a
    // labelled note, a question and its answer, a prose line, a heading.
    private static string Notes(string title, string speaker, string note, string child, string question, string answer, string prose) =>
        $"- 2013-01-10 Hall 09:00〜10:00\nTalk {title} / Ann {speaker}\n- {note}\n  - {child}\n- Label: {note}\nQ: {question}\nA: {answer}\n{prose}\n## Part {title}\n- {child}\n";

    private static ConferenceLog Check(string notes, string because = "")
    {
        var log = ConferenceLog.Parse(notes);
        string markdown = MarkdownWriter.Write(log);

        var rendered = MarkdownRendering.Rendered(markdown);
        var expected = MarkdownRendering.Expected(log);
        int at = Enumerable.Range(0, System.Math.Min(rendered.Count, expected.Count)).FirstOrDefault(i => rendered[i] != expected[i], System.Math.Min(rendered.Count, expected.Count));

        // Where they part, so that a failure on a whole corpus file says which text it was.
        rendered.Should().Equal(
            expected,
            "{0} should render as its text, but from item {1} on it renders as {2} where {3} was expected; its Markdown:\n{4}",
            because.Length == 0 ? notes : because,
            at,
            string.Join(" | ", rendered.Skip(at).Take(3)),
            string.Join(" | ", expected.Skip(at).Take(3)),
            because.Length == 0 ? markdown : string.Empty);
        return log;
    }
}
