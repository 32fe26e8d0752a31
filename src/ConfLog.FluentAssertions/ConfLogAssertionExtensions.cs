using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ConfLog.FluentAssertions;

/// <summary>
/// Entry points: <c>Should()</c> on a log, a session or a talk, and assertions that text, a file or a folder
/// of notes parses with no errors.
/// </summary>
/// <example>
/// <code>
/// File.ReadAllText("notes.txt").Should().ParseAsConfLog().And.HaveTalks(10);
/// "notes/".Should().LoadAllAsConfLogs();
/// </code>
/// </example>
public static class ConfLogAssertionExtensions
{
    private static readonly string[] LogPatterns = ["*.txt", "*.md"];

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

    /// <summary>
    /// Asserts that the text parses as a ConfLog log with no error diagnostics (warnings and infos are allowed);
    /// <c>And</c> continues with assertions on the log, and <c>Which</c> is the log.
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
        bool notNull = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(text is not null)
            .FailWith("Expected {context:text} to parse as a ConfLog log{reason}, but found <null>.");
        if (!notNull)
        {
            return Constraint(null);
        }

        var log = ConferenceLog.Parse(text);
        var errors = Errors(log).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(errors.Count == 0)
            .FailWith("Expected {context:text} to parse as a ConfLog log with no errors{reason}, but found " +
                Describe.Literal(errors.Count + ":" + Describe.List(errors.Select(d => d.ToString()))));
        return Constraint(log);
    }

    /// <summary>
    /// Asserts that the file at this path loads as a ConfLog log with no error diagnostics (warnings and infos are
    /// allowed); <c>And</c> continues with assertions on the log, and <c>Which</c> is the log. Errors are listed
    /// the way compilers print them: <c>path(line,col): error CODE: message</c>.
    /// </summary>
    /// <param name="assertions">The assertions on the path.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint on the loaded log; its <c>Which</c> is <see langword="null"/> when the file could not be read.</returns>
    [CustomAssertion]
    public static AndWhichConstraint<ConferenceLogAssertions, ConferenceLog> LoadAsConfLog(
        this StringAssertions assertions, string because = "", params object[] becauseArgs)
    {
        Guard.NotNull(assertions, nameof(assertions));

        string? path = assertions.Subject;
        string wanted = "Expected file " + Describe.Literal(Describe.Quote(path)) + " to load as a ConfLog log";
        var (log, problem) = path is null ? (null, "found <null>.") : TryLoad(path);
        bool loaded = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(log is not null)
            .FailWith(wanted + "{reason}, but " + Describe.Literal(problem ?? string.Empty));
        if (!loaded)
        {
            return Constraint(null);
        }

        var errors = Errors(log!).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(errors.Count == 0)
            .FailWith(wanted + " with no errors{reason}, but found " +
                Describe.Literal(errors.Count + ":" + Describe.List(errors.Select(d => d.Format(path)))));
        return Constraint(log);
    }

    /// <summary>
    /// Asserts that every <c>*.txt</c> and <c>*.md</c> file directly in this folder loads as a ConfLog log with no
    /// error diagnostics, and that there is at least one. The failure lists every error of every file as
    /// <c>path(line,col): error CODE: message</c>. <c>Which</c> maps each file's path to its log.
    /// </summary>
    /// <param name="assertions">The assertions on the folder's path.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> maps each file's path to its log, in ordinal order of the paths.</returns>
    [CustomAssertion]
    public static AndWhichConstraint<StringAssertions, IReadOnlyDictionary<string, ConferenceLog>> LoadAllAsConfLogs(
        this StringAssertions assertions, string because = "", params object[] becauseArgs) =>
        LoadAllAsConfLogs(assertions, SearchOption.TopDirectoryOnly, because, becauseArgs);

    /// <summary>
    /// Asserts that every <c>*.txt</c> and <c>*.md</c> file in this folder, and in its subfolders when
    /// <paramref name="searchOption"/> says so, loads as a ConfLog log with no error diagnostics, and that there is at
    /// least one. The failure lists every error of every file as <c>path(line,col): error CODE: message</c>.
    /// </summary>
    /// <param name="assertions">The assertions on the folder's path.</param>
    /// <param name="searchOption">Whether to look into subfolders.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> maps each file's path to its log, in ordinal order of the paths.</returns>
    [CustomAssertion]
    public static AndWhichConstraint<StringAssertions, IReadOnlyDictionary<string, ConferenceLog>> LoadAllAsConfLogs(
        this StringAssertions assertions, SearchOption searchOption, string because = "", params object[] becauseArgs)
    {
        Guard.NotNull(assertions, nameof(assertions));

        string? folder = assertions.Subject;
        var logs = new SortedDictionary<string, ConferenceLog>(StringComparer.Ordinal);
        string wanted = "Expected every .txt and .md file in folder " + Describe.Literal(Describe.Quote(folder)) +
            (searchOption == SearchOption.AllDirectories ? " and its subfolders" : string.Empty) + " to load as a ConfLog log with no errors";
        string? problem = folder is null ? "found <null>."
            : !Directory.Exists(folder) ? "the folder does not exist."
            : null;
        var files = problem is null
            ? LogPatterns.SelectMany(pattern => Directory.EnumerateFiles(folder!, pattern, searchOption))
                .Where(file => HasLogExtension(file))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(file => file, StringComparer.Ordinal)
                .ToList()
            : [];
        if (problem is null && files.Count == 0)
        {
            problem = "it holds no .txt or .md file.";
        }

        var failures = new List<string>();
        int failedFiles = 0;
        foreach (string file in files)
        {
            var (log, unreadable) = TryLoad(file);
            if (log is null)
            {
                failedFiles++;
                failures.Add(file + ": " + unreadable);
                continue;
            }

            logs.Add(file, log);
            var errors = Errors(log).Select(d => d.Format(file)).ToList();
            failedFiles += errors.Count > 0 ? 1 : 0;
            failures.AddRange(errors);
        }

        if (problem is null && failedFiles > 0)
        {
            problem = failedFiles + " of " + Describe.Count(files.Count, "file") + (failedFiles == 1 ? " has" : " have") + " errors:" + Describe.List(failures);
        }

        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(problem is null)
            .FailWith(wanted + "{reason}, but " + Describe.Literal(problem ?? string.Empty));
        return new AndWhichConstraint<StringAssertions, IReadOnlyDictionary<string, ConferenceLog>>(assertions, logs);
    }

    private static IEnumerable<Diagnostic> Errors(ConferenceLog log) =>
        log.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    // Directory.EnumerateFiles("*.md") also matches "*.mdx" and the like on some platforms (8.3 names); keep the exact extensions.
    private static bool HasLogExtension(string file) =>
        file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static (ConferenceLog? Log, string? Problem) TryLoad(string path)
    {
        if (!File.Exists(path))
        {
            return (null, "it does not exist.");
        }

        try
        {
            return (ConferenceLog.Load(path), null);
        }
        catch (IOException e)
        {
            return (null, "it could not be read: " + e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return (null, "it could not be read: " + e.Message);
        }
    }

    private static AndWhichConstraint<ConferenceLogAssertions, ConferenceLog> Constraint(ConferenceLog? log) =>
        new(new ConferenceLogAssertions(log), log!);
}
