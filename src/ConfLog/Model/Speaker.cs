using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A speaker named in a talk header: <c>品川高廣(東京大学)</c>.</summary>
/// <param name="Name">The speaker's name.</param>
/// <param name="Affiliation">Their affiliation, from the parentheses after the name, or <see langword="null"/>.</param>
/// <param name="Span">The name and the affiliation as written in the header.</param>
public sealed record Speaker(string Name, string? Affiliation, SourceSpan Span) : Node(Span)
{
    private TextSlice _name = new(Name);
    private TextSlice _affiliation = new(Affiliation);

    // Made by the parser, with the texts still places in the input.
    internal Speaker(TextSlice name, TextSlice affiliation, SourceSpan span)
        : this(string.Empty, null, span)
    {
        _name = name;
        _affiliation = affiliation;
    }

    /// <summary>Gets the speaker's name.</summary>
    public string Name { get => _name.Value; init => _name = new TextSlice(value); }

    /// <summary>Gets their affiliation, from the parentheses after the name, or <see langword="null"/>.</summary>
    public string? Affiliation { get => _affiliation.Value; init => _affiliation = new TextSlice(value); }

    /// <summary>Formats the speaker as written in the seed's style: <c>Name(Affiliation)</c>.</summary>
    /// <returns>The name, followed by the affiliation in parentheses when there is one.</returns>
    public override string ToString() => Affiliation is null ? Name : $"{Name}({Affiliation})";
}
