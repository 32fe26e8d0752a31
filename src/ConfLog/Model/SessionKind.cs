namespace ConfLog.Model;

/// <summary>What a <see cref="Session"/> is.</summary>
public enum SessionKind
{
    /// <summary>A talk, opened by a <c>Title / Speaker(Affiliation)</c> header.</summary>
    Talk,

    /// <summary>A pause, opened by a break heading such as <c>昼休憩</c>.</summary>
    Break,

    /// <summary>A part of the notes under a Markdown heading that is not a talk header.</summary>
    Section,

    /// <summary>Text outside talks and breaks: before the first session, between two, or after the last.</summary>
    Interlude,
}
