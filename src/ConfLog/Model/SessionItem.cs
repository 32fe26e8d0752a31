using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// Something inside a session, kept in source order: a <see cref="Note"/>, an <see cref="Exchange"/>,
/// a <see cref="Timestamp"/>, <see cref="Prose"/>, or a <see cref="Blank"/> line.
/// </summary>
/// <param name="Span">Where the item stands.</param>
public abstract record SessionItem(SourceSpan Span) : Node(Span);
