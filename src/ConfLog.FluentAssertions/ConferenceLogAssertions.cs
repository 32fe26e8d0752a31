using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Diagnostics;
using ConfLog.Model;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ConfLog.FluentAssertions;

/// <summary>Assertions on a parsed <see cref="ConferenceLog"/>: its diagnostics, its talks, its event.</summary>
/// <example>
/// <code>
/// log.Should().HaveNoErrors().And.HaveTalks(10);
/// log.Should().HaveTalk("TwitVisor").Which.Should().BeGivenBy("島田恭平", affiliation: "筑波大学");
/// </code>
/// </example>
public sealed class ConferenceLogAssertions : ReferenceTypeAssertions<ConferenceLog, ConferenceLogAssertions>
{
    /// <summary>Initializes a new instance of the <see cref="ConferenceLogAssertions"/> class.</summary>
    /// <param name="subject">The log to assert on; may be <see langword="null"/>, which every assertion reports.</param>
    public ConferenceLogAssertions(ConferenceLog? subject)
        : base(subject!)
    {
    }

    /// <summary>Gets the word failure messages use for the subject when the caller's expression cannot be read.</summary>
    protected override string Identifier => "log";

    /// <summary>Asserts that no diagnostic of the log is an error; warnings and infos are allowed.</summary>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the log.</returns>
    [CustomAssertion]
    public AndConstraint<ConferenceLogAssertions> HaveNoErrors(string because = "", params object[] becauseArgs)
    {
        var errors = Subject?.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList() ?? [];
        Expect("to have no errors", because, becauseArgs)
            .ForCondition(errors.Count == 0)
            .FailWith("but found {0}:{1}", errors.Count, Describe.List(errors.Select(d => d.ToString())))
            .Then
            .ClearExpectation();

        return new AndConstraint<ConferenceLogAssertions>(this);
    }

    /// <summary>Asserts that the log has no diagnostic at all, not even a warning or an info.</summary>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the log.</returns>
    [CustomAssertion]
    public AndConstraint<ConferenceLogAssertions> HaveNoDiagnostics(string because = "", params object[] becauseArgs)
    {
        IReadOnlyList<Diagnostic> all = Subject?.Diagnostics ?? [];
        Expect("to have no diagnostics", because, becauseArgs)
            .ForCondition(all.Count == 0)
            .FailWith("but found {0}:{1}", all.Count, Describe.List(all.Select(d => d.ToString())))
            .Then
            .ClearExpectation();

        return new AndConstraint<ConferenceLogAssertions>(this);
    }

    /// <summary>
    /// Asserts that the log has at least one diagnostic with the given code. Narrow it down with
    /// <see cref="DiagnosticConstraint.AtLine"/>, <see cref="DiagnosticConstraint.WithSeverity"/> and
    /// <see cref="DiagnosticConstraint.WithMessageContaining"/>; <c>.Which</c> is the diagnostic when one is left.
    /// </summary>
    /// <param name="code">The code, such as <c>CL0003</c>; see <see cref="DiagnosticCodes"/>.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The diagnostics with that code, to narrow down or to chain more assertions on the log.</returns>
    [CustomAssertion]
    public DiagnosticConstraint HaveDiagnostic(string code, string because = "", params object[] becauseArgs)
    {
        Guard.NotNull(code, nameof(code));

        string wanted = "a diagnostic " + code;
        IReadOnlyList<Diagnostic> all = Subject?.Diagnostics ?? [];
        var matches = all.Where(d => string.Equals(d.Code, code, StringComparison.Ordinal)).ToList();
        Expect("to have {0}", because, becauseArgs, new Phrase(wanted))
            .ForCondition(all.Count > 0)
            .FailWith("but it has no diagnostics.")
            .Then
            .ForCondition(matches.Count > 0)
            .FailWith("but found none; it has {0}:{1}", all.Count, Describe.List(all.Select(d => d.ToString())))
            .Then
            .ClearExpectation();

        return new DiagnosticConstraint(this, wanted, matches);
    }

    /// <summary>Asserts how many talks the log has.</summary>
    /// <param name="expected">The number of talks.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the log.</returns>
    [CustomAssertion]
    public AndConstraint<ConferenceLogAssertions> HaveTalks(int expected, string because = "", params object[] becauseArgs)
    {
        int actual = Subject?.Talks.Length ?? 0;
        Expect("to have {0}", because, becauseArgs, Describe.Count(expected, "talk"))
            .ForCondition(actual == expected)
            .FailWith("but found {0}.", actual)
            .Then
            .ClearExpectation();

        return new AndConstraint<ConferenceLogAssertions>(this);
    }

    /// <summary>
    /// Asserts that the log has a talk with exactly this title (ordinal comparison); <c>.Which</c> is the talk.
    /// The failure names the closest titles and their lines.
    /// </summary>
    /// <param name="title">The title: everything before the last <c> / </c> of the talk's header.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the talk.</returns>
    [CustomAssertion]
    public AndWhichConstraint<ConferenceLogAssertions, Talk> HaveTalk(string title, string because = "", params object[] becauseArgs)
    {
        Guard.NotNull(title, nameof(title));

        IReadOnlyList<Talk> talks = Subject?.Talks ?? [];
        var matches = talks.Where(t => string.Equals(t.Title, title, StringComparison.Ordinal)).ToList();
        Expect("to have a talk titled {0}", because, becauseArgs, Describe.Short(title)!)
            .ForCondition(talks.Count > 0)
            .FailWith("but it has no talks.")
            .Then
            .ForCondition(matches.Count > 0)
            .FailWith("but found none{0}.", Describe.Suggestions(Closest.Nearest(talks, t => Closest.Distance(title, t.Title)), t => t.Title, t => t.Header.Line))
            .Then
            .ClearExpectation();

        return new AndWhichConstraint<ConferenceLogAssertions, Talk>(this, matches);
    }

    /// <summary>Asserts the day of the event, from the log's header bullets; the time of day of <paramref name="date"/> is ignored.</summary>
    /// <param name="date">The day.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the event.</returns>
    [CustomAssertion]
    public AndWhichConstraint<ConferenceLogAssertions, Event> HaveEventOn(DateTime date, string because = "", params object[] becauseArgs)
    {
        var ev = Subject?.Event;
        Expect("to have its event on {0}", because, becauseArgs, Describe.Date(date))
            .ForCondition(ev?.Date is not null)
            .FailWith("but its event has no date.")
            .Then
            .ForCondition(ev?.Date?.Date == date.Date)
            .FailWith("but found {0} at line {1}.", ev?.Date is { } actual ? Describe.Date(actual) : null, ev?.Span.Line)
            .Then
            .ClearExpectation();

        return ev is null
            ? new AndWhichConstraint<ConferenceLogAssertions, Event>(this, Enumerable.Empty<Event>())
            : new AndWhichConstraint<ConferenceLogAssertions, Event>(this, ev);
    }

    // Every assertion first needs a log: a null one fails with the same ending whatever was asked. The chain goes on
    // with the expectation set, and FluentAssertions skips the later conditions once one has failed in a scope.
    private IAssertionScope Expect(string expectation, string because, object[] becauseArgs, params object[] args) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .WithExpectation("Expected {context:log} " + expectation + "{reason}, ", args)
            .ForCondition(Subject is not null)
            .FailWith("but found <null>.")
            .Then;
}
