using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A speaker named in a talk header: <c>品川高廣(東京大学)</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Writers.JsonNodeConverter<Speaker>))]
public sealed record Speaker : Node
{
    private TextSlice _name;
    private TextSlice _affiliation;
    private TextSlice _handle;

    /// <summary>Initializes a speaker.</summary>
    /// <param name="name">The speaker's name.</param>
    /// <param name="affiliation">Their affiliation, from the parentheses after the name, or <see langword="null"/>.</param>
    /// <param name="span">The name and the affiliation as written in the header.</param>
    public Speaker(string name, string? affiliation, SourceSpan span)
        : this(new TextSlice(name), new TextSlice(affiliation), span)
    {
    }

    /// <summary>Initializes a speaker with a handle: <c>Jane Doe (@jane)</c>.</summary>
    /// <param name="name">The speaker's name.</param>
    /// <param name="affiliation">Their affiliation, or <see langword="null"/>.</param>
    /// <param name="handle">Their handle with its <c>@</c>, or <see langword="null"/>.</param>
    /// <param name="span">Where the speaker is written.</param>
    public Speaker(string name, string? affiliation, string? handle, SourceSpan span)
        : this(new TextSlice(name), new TextSlice(affiliation), span)
    {
        _handle = new TextSlice(handle);
    }

    // Made by the parser, with the texts still places in the input.
    internal Speaker(TextSlice name, TextSlice affiliation, SourceSpan span)
        : base(span)
    {
        _name = name;
        _affiliation = affiliation;
    }

    /// <summary>Gets the speaker's name.</summary>
    public string Name { get => _name.Value; init => _name = new TextSlice(value); }

    /// <summary>Gets their affiliation, from the parentheses after the name, or <see langword="null"/>.</summary>
    public string? Affiliation { get => _affiliation.Value; init => _affiliation = new TextSlice(value); }

    /// <summary>Gets their handle with its <c>@</c> (<c>@jane</c>), when the notes give one; <see langword="null"/> otherwise.</summary>
    public string? Handle { get => _handle.Value; init => _handle = new TextSlice(value); }

    /// <inheritdoc/>
    public bool Equals(Speaker? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>Formats the speaker as written in the seed's style: <c>Name(Affiliation)</c>.</summary>
    /// <returns>The name, followed by the affiliation in parentheses when there is one.</returns>
    public override string ToString() => Affiliation is null ? Name : $"{Name}({Affiliation})";

    private protected override bool HasSameValues(Node other)
    {
        var speaker = (Speaker)other;
        return _name.Equals(speaker._name) && _affiliation.Equals(speaker._affiliation) && _handle.Equals(speaker._handle);
    }
}
