using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>An <c>http://</c> or <c>https://</c> URL written in a line.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Link>))]
public sealed record Link : Node
{
    private TextSlice _url;

    /// <summary>Initializes a link.</summary>
    /// <param name="url">The URL as written, without trailing punctuation.</param>
    /// <param name="span">Where the URL stands.</param>
    public Link(string url, SourceSpan span)
        : this(new TextSlice(url), span)
    {
    }

    // Made by the parser, with the URL still a place in the input.
    internal Link(TextSlice url, SourceSpan span)
        : base(span) => _url = url;

    /// <summary>Gets the URL as written, without trailing punctuation.</summary>
    public string Url { get => _url.Value; init => _url = new TextSlice(value); }

    /// <inheritdoc/>
    public bool Equals(Link? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>Gives the URL.</summary>
    /// <returns>The URL as written.</returns>
    public override string ToString() => Url;

    private protected override bool HasSameValues(Node other) => _url.Equals(((Link)other)._url);
}
