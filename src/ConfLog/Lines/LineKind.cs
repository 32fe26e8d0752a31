using System;
using Sprache;

namespace ConfLog.Lines;

/// <summary>
/// One entry of the table of line kinds (<see cref="LineKinds"/>): the rule as its query, the one-pass reader that
/// runs in its place where speed needs one, and which lines are worth trying it on.
/// </summary>
/// <param name="Name">What the kind is, for tests and messages: <c>bullet</c>, <c>timestamp</c>.</param>
/// <param name="Rule">The query, the readable definition; the reference chain tries it on every line.</param>
/// <param name="Reader">Reads exactly what <paramref name="Rule"/> reads, in one pass; <see langword="null"/>: the rule itself runs.</param>
/// <param name="FirstCharacters">What the first non-blank character must be one of (see <see cref="DispatchCase{T}"/>), or <see langword="null"/> for any.</param>
/// <param name="Condition">A finer test of the line and its first non-blank character that holds whenever the rule reads it.</param>
internal sealed record LineKind(
    string Name,
    Parser<LineSyntax> Rule,
    LineScan? Reader = null,
    string? FirstCharacters = null,
    LineCondition? Condition = null)
{
    private Parser<LineSyntax>? _fast;
    private LineScan? _scan;

    /// <summary>Gets what the dispatching parser runs: the reader, or the rule where there is none.</summary>
    public Parser<LineSyntax> Fast => _fast ??= Reader is null ? Rule : OnePass.ParserOf(Reader);

    /// <summary>Gets what <see cref="LineKinds.Scanning"/> runs: the reader, or the rule where there is none.</summary>
    public LineScan Scan => _scan ??= Reader ?? OnePass.ScanOf(Rule);
}
