using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// Something inside a session, kept in source order: a <see cref="Note"/>, an <see cref="Exchange"/>,
/// a <see cref="Timestamp"/>, <see cref="Prose"/>, a <see cref="Heading"/>, or a <see cref="Blank"/> line. A
/// <see cref="Question"/> and an <see cref="Answer"/> are items too, as every <see cref="TextNode"/> is, but the
/// parser puts them only inside an <see cref="Exchange"/>.
/// </summary>
/// <param name="Span">Where the item stands.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<SessionItem>))]
public abstract record SessionItem(SourceSpan Span) : Node(Span);
