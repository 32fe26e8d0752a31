using System;
using System.Collections.Generic;
using ConfLog.Lines;

namespace ConfLog.Structure;

/// <summary>A session being put together: its header, the lines it owns, and its times once inferred.</summary>
internal sealed class SessionDraft
{
    public SessionDraft(LogLine header) => Header = header;

    public LogLine Header { get; }

    /// <summary>Gets the timestamps and blank lines before the header that belong to this session.</summary>
    public List<LogLine> Leading { get; } = new();

    /// <summary>Gets the lines after the header that belong to this session, its end timestamp included.</summary>
    public List<LogLine> Body { get; } = new();

    public DateTime? Start { get; set; }

    public DateTime? End { get; set; }

    public bool StartInferred { get; set; }
}
