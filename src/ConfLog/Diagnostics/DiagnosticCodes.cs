using System.Collections.Immutable;

namespace ConfLog.Diagnostics;

/// <summary>Every diagnostic ConfLog reports, with its code, severity and meaning. Codes never change meaning.</summary>
public static class DiagnosticCodes
{
    /// <summary>CL0001: a timestamp line with an impossible date or time, such as <c>[2012-13-45 25:61]</c>.</summary>
    public static readonly DiagnosticDescriptor ImpossibleTimestamp =
        new("CL0001", DiagnosticSeverity.Error, "A timestamp line with an impossible date or time; the line is kept as prose.");

    /// <summary>CL0002: a line that looks like a timestamp but is not one, such as <c>[2012-12-04 10:4]</c>.</summary>
    public static readonly DiagnosticDescriptor MalformedTimestamp =
        new("CL0002", DiagnosticSeverity.Warning, "A line that looks like a timestamp but is not one; it is kept as prose.");

    /// <summary>CL0003: an answer with no question before it.</summary>
    public static readonly DiagnosticDescriptor AnswerWithoutQuestion =
        new("CL0003", DiagnosticSeverity.Warning, "An answer with no question before it; it opens an exchange without a question.");

    /// <summary>CL0004: a question that no answer follows.</summary>
    public static readonly DiagnosticDescriptor UnansweredQuestion =
        new("CL0004", DiagnosticSeverity.Info, "A question that no answer follows.");

    /// <summary>CL0005: a talk header with an empty title, such as <c> / 島田恭平</c>.</summary>
    public static readonly DiagnosticDescriptor EmptyTalkTitle =
        new("CL0005", DiagnosticSeverity.Warning, "A talk header with an empty title.");

    /// <summary>CL0006: a talk header with no speaker after its <c> / </c>.</summary>
    public static readonly DiagnosticDescriptor MissingSpeaker =
        new("CL0006", DiagnosticSeverity.Warning, "A talk header with no speaker after its ' / '.");

    /// <summary>CL0007: a second event header line; only the first one describes the event.</summary>
    public static readonly DiagnosticDescriptor SecondEventHeader =
        new("CL0007", DiagnosticSeverity.Warning, "A second event header line; only the first describes the event.");

    /// <summary>CL0008: a dated bullet at the top whose date or hours are impossible, such as <c>- 2012-13-45 会場</c>.</summary>
    public static readonly DiagnosticDescriptor ImpossibleEventDate =
        new("CL0008", DiagnosticSeverity.Error, "An event header line with an impossible date or time; the event has no date from it.");

    /// <summary>CL0009: a timestamp earlier than the one before it.</summary>
    public static readonly DiagnosticDescriptor TimeGoesBackwards =
        new("CL0009", DiagnosticSeverity.Warning, "A timestamp earlier than the timestamp before it.");

    /// <summary>CL0010: a list indented with tabs in some lines and spaces in others.</summary>
    public static readonly DiagnosticDescriptor MixedIndentation =
        new("CL0010", DiagnosticSeverity.Warning, "A list indented with tabs in some places and spaces in others; nesting may not be what was meant.");

    /// <summary>CL0011: bytes that are not valid UTF-8; each run was replaced by U+FFFD.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 =
        new("CL0011", DiagnosticSeverity.Error, "Bytes that are not valid UTF-8; they were replaced by U+FFFD, so this part cannot be saved back byte for byte.");

    /// <summary>CL0012: a NUL or other control character, or a lone surrogate, inside a line.</summary>
    public static readonly DiagnosticDescriptor ControlCharacter =
        new("CL0012", DiagnosticSeverity.Warning, "A NUL or other control character, or a lone UTF-16 surrogate, inside a line.");

    /// <summary>
    /// CL0013: a file with text in it from which no talk was read; the message says which markup it was read in, and
    /// why. Reported by <c>conflog check</c>, not by the parse: a log of minutes or a diary may rightly hold no talk.
    /// </summary>
    public static readonly DiagnosticDescriptor NoTalkFound =
        new("CL0013", DiagnosticSeverity.Warning, "A file with text in it from which no talk was read; the message says which markup it was read in.");

    /// <summary>Gets every descriptor, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        ImpossibleTimestamp,
        MalformedTimestamp,
        AnswerWithoutQuestion,
        UnansweredQuestion,
        EmptyTalkTitle,
        MissingSpeaker,
        SecondEventHeader,
        ImpossibleEventDate,
        TimeGoesBackwards,
        MixedIndentation,
        InvalidUtf8,
        ControlCharacter,
        NoTalkFound);
}
