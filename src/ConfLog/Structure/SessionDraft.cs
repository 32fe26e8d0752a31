using System;
using ConfLog.Lines;

namespace ConfLog.Structure;

/// <summary>A session being put together: its header, the lines it owns, and its times once inferred.</summary>
internal sealed class SessionDraft
{
    public SessionDraft(ParsedLine header) => Header = header;

    public ParsedLine Header { get; }

    /// <summary>Gets or sets the timestamps and blank lines before the header that belong to this session.</summary>
    public LineRun Leading { get; set; }

    /// <summary>Gets or sets the lines after the header that belong to this session, its end timestamp included; set when it closes.</summary>
    public LineRun Body { get; set; }

    public DateTime? Start { get; set; }

    public DateTime? End { get; set; }

    public bool StartInferred { get; set; }
}
