using System;
using System.Collections.Immutable;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A pause: <c>昼休憩</c> and what was noted during it. Its start is never inferred: only a first talk takes the event's start.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Break>))]
public sealed record Break : Session
{
    private readonly string _title;

    /// <summary>Initializes a break.</summary>
    /// <param name="title">The break heading as written.</param>
    /// <param name="header">Where the heading stands.</param>
    /// <param name="items">What the break holds, in source order.</param>
    /// <param name="start">When it started.</param>
    /// <param name="end">When it ended.</param>
    /// <param name="span">From the break's first line through its last.</param>
    public Break(string title, SourceSpan header, ImmutableArray<SessionItem> items, DateTime? start, DateTime? end, SourceSpan span)
        : base(items, start, end, startInferred: false, header, span)
    {
        _title = title;
    }

    /// <summary>Gets the break heading as written.</summary>
    public override string Title => _title;

    /// <summary>Gets where the heading stands.</summary>
    public new SourceSpan Header => base.Header.GetValueOrDefault();

    /// <inheritdoc/>
    public override SessionKind Kind => SessionKind.Break;

    /// <inheritdoc/>
    public bool Equals(Break? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>Gives the break heading.</summary>
    /// <returns>The heading as written.</returns>
    public override string ToString() => Title;

    private protected override ImmutableArray<Evidence> SeedEvidence() =>
        ImmutableArray.Create(new Evidence("break heading", Header.Line, Title));

    private protected override bool HasSameValues(Node other) => base.HasSameValues(other) && _title == ((Break)other)._title;
}
