using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ConfLog.FluentAssertions;

/// <summary>Assertions on a folder of notes: that every <c>*.txt</c> and <c>*.md</c> file in it parses as a ConfLog log with no errors.</summary>
/// <example>
/// <code>
/// new DirectoryInfo("notes").Should().ParseAllAsConfLogs(SearchOption.AllDirectories);
/// </code>
/// </example>
public sealed class LogFolderAssertions : ReferenceTypeAssertions<DirectoryInfo, LogFolderAssertions>
{
    /// <summary>Initializes a new instance of the <see cref="LogFolderAssertions"/> class.</summary>
    /// <param name="subject">The folder to assert on; may be <see langword="null"/>, which every assertion reports.</param>
    public LogFolderAssertions(DirectoryInfo? subject)
        : base(subject!)
    {
    }

    /// <summary>Gets the word failure messages use for the subject when it is <see langword="null"/>.</summary>
    protected override string Identifier => "folder";

    /// <summary>
    /// Asserts that every <c>*.txt</c> and <c>*.md</c> file directly in the folder loads as a ConfLog log with no
    /// error diagnostics, and that there is at least one. The failure lists every error of every file as
    /// <c>path(line,col): error CODE: message</c>.
    /// </summary>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> maps each file's full path to its log, in ordinal order of the paths.</returns>
    [CustomAssertion]
    public AndWhichConstraint<LogFolderAssertions, IReadOnlyDictionary<string, ConferenceLog>> ParseAllAsConfLogs(
        string because = "", params object[] becauseArgs) =>
        ParseAllAsConfLogs(SearchOption.TopDirectoryOnly, because, becauseArgs);

    /// <summary>
    /// Asserts that every <c>*.txt</c> and <c>*.md</c> file in the folder, and in its subfolders when
    /// <paramref name="searchOption"/> says so, loads as a ConfLog log with no error diagnostics, and that there is at
    /// least one. The failure lists every error of every file as <c>path(line,col): error CODE: message</c>.
    /// </summary>
    /// <param name="searchOption">Whether to look into subfolders.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> maps each file's full path to its log, in ordinal order of the paths.</returns>
    [CustomAssertion]
    public AndWhichConstraint<LogFolderAssertions, IReadOnlyDictionary<string, ConferenceLog>> ParseAllAsConfLogs(
        SearchOption searchOption, string because = "", params object[] becauseArgs)
    {
        Subject?.Refresh();
        bool exists = Subject?.Exists == true;
        var files = exists ? LogFiles.In(Subject!, searchOption) : [];
        var logs = new SortedDictionary<string, ConferenceLog>(System.StringComparer.Ordinal);
        var failures = new List<string>();
        int failedFiles = 0;
        foreach (var file in files)
        {
            var (log, unreadable) = LogFiles.TryLoad(file);
            if (log is null)
            {
                failedFiles++;
                failures.Add(file.FullName + ": " + unreadable);
                continue;
            }

            logs.Add(file.FullName, log);
            var errors = LogFiles.Errors(log);
            failedFiles += errors.Count > 0 ? 1 : 0;
            failures.AddRange(errors.Select(d => d.Format(file.FullName)));
        }

        string where = searchOption == SearchOption.AllDirectories ? " and its subfolders" : string.Empty;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .WithExpectation(
                (Subject is null ? "Expected {context:folder}" : "Expected every .txt and .md file in folder {0}") + where + " to parse as a ConfLog log with no errors{reason}, ",
                Subject?.FullName)
            .ForCondition(Subject is not null)
            .FailWith("but found <null>.")
            .Then
            .ForCondition(exists)
            .FailWith("but the folder does not exist.")
            .Then
            .ForCondition(files.Count > 0)
            .FailWith("but it holds no .txt or .md file.")
            .Then
            .ForCondition(failedFiles == 0)
            .FailWith(
                failedFiles == 1 ? "but {0} of {1} has errors:{2}" : "but {0} of {1} have errors:{2}",
                failedFiles,
                Describe.Count(files.Count, "file"),
                Describe.List(failures))
            .Then
            .ClearExpectation();

        return new AndWhichConstraint<LogFolderAssertions, IReadOnlyDictionary<string, ConferenceLog>>(this, logs);
    }
}
