using System;

namespace ConfLog.Lines;

/// <summary>A timestamp on a line of its own: <c>[2012-12-04 10:40]</c>.</summary>
/// <param name="Value">The date and time written.</param>
/// <param name="HasSeconds">Whether the seconds were written (<c>[2012-12-04 10:40:15]</c>).</param>
public sealed record TimestampLine(DateTime Value, bool HasSeconds) : LineSyntax;
