using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConfLog.Diagnostics;

/// <summary>The one order diagnostics are given in: by position, then by code for two at the same place.</summary>
internal static class DiagnosticOrder
{
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        // Most logs have none: nothing to order, and no sorter to make.
        diagnostics is ICollection<Diagnostic> { Count: 0 }
            ? ImmutableArray<Diagnostic>.Empty
            : diagnostics.OrderBy(d => d.Span.Offset).ThenBy(d => d.Code, StringComparer.Ordinal).ToImmutableArray();
}
