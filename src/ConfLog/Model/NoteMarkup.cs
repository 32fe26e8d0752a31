namespace ConfLog.Model;

/// <summary>The markup a log was read in, decided from its text (<see cref="ConferenceLog.Markup"/>).</summary>
public enum NoteMarkup
{
    /// <summary>No markup: the seed's plain text (<c>Title / Speaker(Affiliation)</c> header lines, <c>*</c> bullets, <c>Q:</c> lines).</summary>
    Plain,

    /// <summary>Markdown: <c># Title</c>, setext underlines, <c>**bold**</c> lines, <c>[text](url)</c>.</summary>
    Markdown,

    /// <summary>reStructuredText: titles over- and underlined with punctuation, levels by first appearance.</summary>
    ReStructuredText,

    /// <summary>org-mode: <c>* Heading</c>, <c>** Sub-heading</c>.</summary>
    Org,

    /// <summary>Hiki: <c>! Heading</c>, <c>!! Sub-heading</c>, <c>[[text|url]]</c>.</summary>
    Hiki,

    /// <summary>RD: <c>= Heading</c> … <c>==== Heading</c>, <c>((&lt;text|URL:url&gt;))</c>.</summary>
    Rd,

    /// <summary>An outline by indentation only (a TAB or spaces per level), no heading or bullet marks.</summary>
    Indent,
}
