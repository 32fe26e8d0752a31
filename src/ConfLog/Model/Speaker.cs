using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>A speaker named in a talk header: <c>品川高廣(東京大学)</c>.</summary>
/// <param name="Name">The speaker's name.</param>
/// <param name="Affiliation">Their affiliation, from the parentheses after the name, or <see langword="null"/>.</param>
/// <param name="Span">The name and the affiliation as written in the header.</param>
public sealed record Speaker(string Name, string? Affiliation, SourceSpan Span) : Node(Span)
{
    /// <summary>Formats the speaker as written in the seed's style: <c>Name(Affiliation)</c>.</summary>
    /// <returns>The name, followed by the affiliation in parentheses when there is one.</returns>
    public override string ToString() => Affiliation is null ? Name : $"{Name}({Affiliation})";
}
