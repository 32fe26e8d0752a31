using System;
using ConfLog.Lines;

namespace ConfLog.Structure;

/// <summary>
/// A session being put together: its header, the lines it owns, and its times once inferred. The assembler keeps two,
/// the session in progress and the one its header opens, and opens each again for a later session.
/// </summary>
internal sealed class SessionDraft
{
    public ParsedLine Header { get; private set; }

    /// <summary>Gets or sets the timestamps and blank lines before the header that belong to this session.</summary>
    public LineRun Leading { get; set; }

    /// <summary>Gets or sets the lines after the header that belong to this session, its end timestamp included; set when it closes.</summary>
    public LineRun Body { get; set; }

    public DateTime? Start { get; set; }

    public DateTime? End { get; set; }

    public bool StartInferred { get; set; }

    /// <summary>Starts the draft of the session <paramref name="header"/> opens.</summary>
    public SessionDraft Open(ParsedLine header)
    {
        Header = header;
        Leading = default;
        Body = default;
        Start = null;
        End = null;
        StartInferred = false;
        return this;
    }
}
