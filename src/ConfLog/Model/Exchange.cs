using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A question and the answers that follow it.</summary>
/// <param name="Question">The question, or <see langword="null"/> when an answer came with no question before it.</param>
/// <param name="Answers">The answers, in order; empty when the question went unanswered.</param>
/// <param name="Span">From the question through the last answer.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Exchange>))]
public sealed record Exchange(Question? Question, ImmutableArray<Answer> Answers, SourceSpan Span) : SessionItem(Span)
{
    /// <inheritdoc/>
    public override IEnumerable<Node> ChildNodes =>
        Question is null ? Answers : new Node[] { Question }.Concat(Answers);

    /// <inheritdoc/>
    public bool Equals(Exchange? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    // The question and the answers are children: the walk compares them (a question and an answer differ in type).
    private protected override bool HasSameValues(Node other) => true;
}
