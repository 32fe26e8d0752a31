using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>An <c>http://</c> or <c>https://</c> URL written in a line.</summary>
/// <param name="Url">The URL as written, without trailing punctuation.</param>
/// <param name="Span">Where the URL stands.</param>
public sealed record Link(string Url, SourceSpan Span) : Node(Span)
{
    private TextSlice _url = new(Url);

    // Made by the parser, with the URL still a place in the input.
    internal Link(TextSlice url, SourceSpan span)
        : this(string.Empty, span) => _url = url;

    /// <summary>Gets the URL as written, without trailing punctuation.</summary>
    public string Url { get => _url.Value; init => _url = new TextSlice(value); }
}
