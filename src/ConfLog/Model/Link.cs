using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>An <c>http://</c> or <c>https://</c> URL written in a line.</summary>
/// <param name="Url">The URL as written, without trailing punctuation.</param>
/// <param name="Span">Where the URL stands.</param>
public sealed record Link(string Url, SourceSpan Span) : Node(Span);
