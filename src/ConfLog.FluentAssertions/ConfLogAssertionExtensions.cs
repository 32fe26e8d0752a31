using System.IO;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ConfLog.FluentAssertions;

/// <summary>
/// Entry points: <c>Should()</c> on a log, a session, a talk, a file or a folder, and the assertion that text parses
/// with no errors.
/// </summary>
/// <example>
/// <code>
/// new FileInfo("notes.txt").Should().ParseAsConfLog().And.HaveTalks(10);
/// new DirectoryInfo("notes").Should().ParseAllAsConfLogs();
/// "TwitVisor / 島田恭平(筑波大学)".Should().ParseAsConfLog().Which.Talks.Should().ContainSingle();
/// </code>
/// </example>
public static class ConfLogAssertionExtensions
{
    /// <summary>Starts assertions on a parsed log.</summary>
    /// <param name="log">The log; may be <see langword="null"/>, which every assertion reports.</param>
    /// <returns>The assertions.</returns>
    public static ConferenceLogAssertions Should(this ConferenceLog? log) => new(log);

    /// <summary>Starts assertions on a talk.</summary>
    /// <param name="talk">The talk; may be <see langword="null"/>, which every assertion reports.</param>
    /// <returns>The assertions.</returns>
    public static TalkAssertions Should(this Talk? talk) => new(talk);

    /// <summary>Starts assertions on a session of any kind: a talk, a break or an interlude.</summary>
    /// <param name="session">The session; may be <see langword="null"/>, which every assertion reports.</param>
    /// <returns>The assertions.</returns>
    public static SessionAssertions Should(this Session? session) => new(session);

    /// <summary>Starts assertions on a file of notes, such as <c>new FileInfo("notes.txt").Should().ParseAsConfLog()</c>.</summary>
    /// <param name="file">The file; may be <see langword="null"/>, which every assertion reports.</param>
    /// <returns>The assertions.</returns>
    public static LogFileAssertions Should(this FileInfo? file) => new(file);

    /// <summary>Starts assertions on a folder of notes, such as <c>new DirectoryInfo("notes").Should().ParseAllAsConfLogs()</c>.</summary>
    /// <param name="folder">The folder; may be <see langword="null"/>, which every assertion reports.</param>
    /// <returns>The assertions.</returns>
    public static LogFolderAssertions Should(this DirectoryInfo? folder) => new(folder);

    /// <summary>
    /// Asserts that the string, read as the text of notes, parses as a ConfLog log with no error diagnostics
    /// (warnings and infos are allowed); <c>And</c> continues with assertions on the log, and <c>Which</c> is the log.
    /// The string is never taken for a path: <c>"notes.txt"</c> is one line of prose and passes. To check a file,
    /// assert on a <see cref="FileInfo"/>: <c>new FileInfo("notes.txt").Should().ParseAsConfLog()</c>.
    /// </summary>
    /// <param name="assertions">The assertions on the text.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint on the parsed log.</returns>
    [CustomAssertion]
    public static AndWhichConstraint<ConferenceLogAssertions, ConferenceLog> ParseAsConfLog(
        this StringAssertions assertions, string because = "", params object[] becauseArgs)
    {
        Guard.NotNull(assertions, nameof(assertions));

        string? text = assertions.Subject;
        var log = text is null ? null : ConferenceLog.Parse(text);
        var errors = log is null ? [] : LogFiles.Errors(log);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .WithExpectation("Expected {context:text} to parse as a ConfLog log with no errors{reason}, ")
            .ForCondition(text is not null)
            .FailWith("but found <null>.")
            .Then
            .ForCondition(errors.Count == 0)
            .FailWith("but found {0}:{1}", errors.Count, Describe.List(errors.Select(d => d.ToString())))
            .Then
            .ClearExpectation();

        return new AndWhichConstraint<ConferenceLogAssertions, ConferenceLog>(new ConferenceLogAssertions(log), log!);
    }
}
