using System;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// A part of the notes under a Markdown heading that is not a talk header: <c>## for loops</c>. Deeper
/// headings inside it are <see cref="Heading"/> items.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Section>))]
public sealed record Section : Session
{
    private readonly string _title;

    /// <summary>Initializes a section.</summary>
    /// <param name="title">The heading's text.</param>
    /// <param name="level">The number of <c>#</c> signs.</param>
    /// <param name="header">Where the heading stands.</param>
    /// <param name="items">What the section holds, in source order.</param>
    /// <param name="start">When it started, from the timestamps around it.</param>
    /// <param name="end">When it ended.</param>
    /// <param name="span">From the section's first line through its last.</param>
    public Section(string title, int level, SourceSpan header, ImmutableArray<SessionItem> items, DateTime? start, DateTime? end, SourceSpan span)
        : base(items, start, end, startInferred: false, header, span)
    {
        _title = title;
        Level = level;
    }

    /// <summary>Gets the heading's text.</summary>
    public override string Title => _title;

    /// <summary>Gets where the heading stands.</summary>
    public new SourceSpan Header => base.Header.GetValueOrDefault();

    /// <summary>Gets the number of <c>#</c> signs.</summary>
    public int Level { get; init; }

    /// <inheritdoc/>
    public override SessionKind Kind => SessionKind.Section;

    /// <inheritdoc/>
    public bool Equals(Section? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>Gives the heading as Markdown: <c>## for loops</c>.</summary>
    /// <returns>The level's <c>#</c> signs and the title.</returns>
    public override string ToString() => $"{new string('#', Level)} {Title}";

    private protected override ImmutableArray<Evidence> SeedEvidence() =>
        ImmutableArray.Create(new Evidence("heading not in talk header form", Header.Line, ToString()));

    private protected override bool HasSameValues(Node other)
    {
        var section = (Section)other;
        return base.HasSameValues(other) && _title == section._title && Level == section.Level;
    }
}
