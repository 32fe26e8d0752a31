namespace ConfLog.Lines;

/// <summary>
/// One speaker a speaker form reads: <c>Kim Park(@kimpark)</c> is the name <c>Kim Park</c> and the handle <c>@kimpark</c>;
/// <c>Maria Santos, Fastly</c> in a parenthesis is the name and the affiliation. Each part is optional.
/// </summary>
/// <param name="Name">The name without honorifics (<c>さん</c>, <c>氏</c>, <c>先生</c>, <c>Dr.</c>), or null when only a handle is written.</param>
/// <param name="Affiliation">The affiliation as written, when there is one.</param>
/// <param name="Handle">The handle with its <c>@</c>, when there is one.</param>
public sealed record HeaderSpeaker(string? Name, string? Affiliation, string? Handle);
