namespace ConfLog.Outline;

/// <summary>What a line is in its markup, with the markup taken away; never what it means (talk, speaker).</summary>
internal enum OutlineKind
{
    /// <summary>A heading: <c>## Title</c>, an underlined RST title, <c>!! Title</c>, a line that is only <c>**bold**</c>.</summary>
    Heading,

    /// <summary>A list item (<c>* text</c>, <c>- text</c>, <c>1. text</c>, or an indented line in an indent outline).</summary>
    Item,

    /// <summary>A <c>key: value</c> metadata line: YAML front matter, RST <c>:field:</c>, RD <c>:label</c>, org <c>#+KEY:</c>.</summary>
    Field,

    /// <summary>Any other line with text.</summary>
    Text,

    /// <summary>A line of white space only.</summary>
    Blank,

    /// <summary>A line inside a fenced code block, or its fence.</summary>
    Code,

    /// <summary>A line that only draws: an RST under- or overline, a transition, a Markdown rule.</summary>
    Rule,

    /// <summary>An RST directive or comment (<c>.. contents::</c>).</summary>
    Directive,
}
