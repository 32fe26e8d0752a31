using System.Collections.Immutable;
using System.Globalization;
using ConfLog.Lines;
using ConfLog.Model;

namespace ConfLog;

/// <summary>
/// How to read a log: the dialect (markers, keywords, separators, headings, recognizers of your own) and
/// whether errors throw. <see cref="Default"/> reads every variant ConfLog knows; change any property with
/// <c>with</c>, or start from <see cref="SeedStyle"/> or <see cref="MarkdownNotes"/>.
/// </summary>
/// <example>
/// <code>
/// var options = ConfLogOptions.Default with { BreakKeywords = ["Pause", "Mittag"], Strict = true };
/// </code>
/// </example>
public sealed record ConfLogOptions
{
    /// <summary>Gets the options used when none are given: every variant ConfLog knows, Markdown headings included.</summary>
    public static ConfLogOptions Default { get; } = new();

    /// <summary>
    /// Gets the seed's own style, strictly: <c>- </c> bullets only, <c>Q:</c>/<c>A:</c>, no Markdown headings.
    /// A <c>* </c> line or a <c># </c> line is prose there.
    /// </summary>
    public static ConfLogOptions SeedStyle { get; } = new()
    {
        BulletMarkers = ImmutableArray.Create("-"),
        QuestionMarkers = ImmutableArray.Create("Q"),
        AnswerMarkers = ImmutableArray.Create("A"),
        MarkdownHeadings = false,
    };

    /// <summary>Gets the style of Markdown notes: <c>-</c>, <c>*</c> and <c>+</c> bullets and Markdown headings.</summary>
    public static ConfLogOptions MarkdownNotes { get; } = new()
    {
        BulletMarkers = ImmutableArray.Create("-", "*", "+"),
        MarkdownHeadings = true,
    };

    /// <summary>Gets the bullet markers. Defaults to <see cref="BulletGrammar.DefaultBulletMarkers"/>.</summary>
    public ImmutableArray<string> BulletMarkers { get; init; } = BulletGrammar.DefaultBulletMarkers;

    /// <summary>Gets the words that open a question (before a colon or full stop). Defaults to <see cref="BulletGrammar.DefaultQuestionMarkers"/>.</summary>
    public ImmutableArray<string> QuestionMarkers { get; init; } = BulletGrammar.DefaultQuestionMarkers;

    /// <summary>Gets the words that open an answer; a number may follow (<c>A1:</c>). Defaults to <see cref="BulletGrammar.DefaultAnswerMarkers"/>.</summary>
    public ImmutableArray<string> AnswerMarkers { get; init; } = BulletGrammar.DefaultAnswerMarkers;

    /// <summary>Gets the words that make a short line a break heading. Defaults to <see cref="BreakGrammar.DefaultBreakKeywords"/>.</summary>
    public ImmutableArray<string> BreakKeywords { get; init; } = BreakGrammar.DefaultBreakKeywords;

    /// <summary>Gets what separates speakers in a talk header. Defaults to <see cref="TalkHeaderGrammar.DefaultSpeakerSeparators"/>.</summary>
    public ImmutableArray<string> SpeakerSeparators { get; init; } = TalkHeaderGrammar.DefaultSpeakerSeparators;

    /// <summary>
    /// Gets whether Markdown headings count: a <c># Title</c> first line is the event's title, a heading in talk
    /// header form opens a talk, any other heading opens a section. On by default.
    /// </summary>
    public bool MarkdownHeadings { get; init; } = true;

    /// <summary>
    /// Gets the culture whose date formats are tried, after ISO 8601, to find the event's date in its title
    /// (<c># PyCon US, May 3, 2019</c> with <c>en-US</c>). Defaults to the invariant culture.
    /// </summary>
    public CultureInfo DateCulture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Gets line kinds of your own, tried in order before the built-in ones. Empty by default.</summary>
    public ImmutableArray<LineRecognizer> Recognizers { get; init; } = ImmutableArray<LineRecognizer>.Empty;

    /// <summary>
    /// Gets the markup to read the log in, whatever its text looks like: <see cref="NoteMarkup.Plain"/> reads it with the
    /// seed's line grammar alone (the reader of real notes is not run), any other markup has the reader read it so
    /// (a talk header of the seed's form then decides nothing). <see langword="null"/>, the default, detects it from
    /// the text. <see cref="ConferenceLog.MarkupReason"/> then says it was forced.
    /// </summary>
    /// <example><c>ConfLogOptions.Default with { Markup = NoteMarkup.ReStructuredText }</c></example>
    public NoteMarkup? Markup { get; init; }

    /// <summary>
    /// Gets whether an error-severity diagnostic makes parsing throw a <see cref="ConfLogParseException"/>
    /// that carries every diagnostic. Off by default: parsing never throws.
    /// </summary>
    public bool Strict { get; init; }
}
