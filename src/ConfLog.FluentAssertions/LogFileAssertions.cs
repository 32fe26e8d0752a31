using System.IO;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ConfLog.FluentAssertions;

/// <summary>Assertions on a file of notes: that it exists, can be read, and parses as a ConfLog log with no errors.</summary>
/// <example>
/// <code>
/// new FileInfo("notes.txt").Should().ParseAsConfLog().Which.Talks.Should().HaveCount(10);
/// </code>
/// </example>
public sealed class LogFileAssertions : ReferenceTypeAssertions<FileInfo, LogFileAssertions>
{
    /// <summary>Initializes a new instance of the <see cref="LogFileAssertions"/> class.</summary>
    /// <param name="subject">The file to assert on; may be <see langword="null"/>, which every assertion reports.</param>
    public LogFileAssertions(FileInfo? subject)
        : base(subject!)
    {
    }

    /// <summary>Gets the word failure messages use for the subject when it is <see langword="null"/>.</summary>
    protected override string Identifier => "file";

    /// <summary>
    /// Asserts that the file exists and loads as a ConfLog log with no error diagnostics (warnings and infos are
    /// allowed); <c>And</c> continues with assertions on the log, and <c>Which</c> is the log. A missing or unreadable
    /// file fails with a message naming its full path; errors are listed the way compilers print them:
    /// <c>path(line,col): error CODE: message</c>.
    /// </summary>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint on the loaded log; its <c>Which</c> is <see langword="null"/> when the file could not be read.</returns>
    [CustomAssertion]
    public AndWhichConstraint<ConferenceLogAssertions, ConferenceLog> ParseAsConfLog(string because = "", params object[] becauseArgs)
    {
        var (log, problem) = Subject is null ? (null, null) : LogFiles.TryLoad(Subject);
        var errors = log is null ? [] : LogFiles.Errors(log);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .WithExpectation(
                Subject is null ? "Expected {context:file} to parse as a ConfLog log with no errors{reason}, " : "Expected file {0} to parse as a ConfLog log with no errors{reason}, ",
                Subject?.FullName)
            .ForCondition(Subject is not null)
            .FailWith("but found <null>.")
            .Then
            .ForCondition(log is not null)
            .FailWith("but {0}", new Phrase(problem ?? string.Empty))
            .Then
            .ForCondition(errors.Count == 0)
            .FailWith("but found {0}:{1}", errors.Count, Describe.List(errors.Select(d => d.Format(Subject!.FullName))))
            .Then
            .ClearExpectation();

        return new AndWhichConstraint<ConferenceLogAssertions, ConferenceLog>(new ConferenceLogAssertions(log), log!);
    }
}
