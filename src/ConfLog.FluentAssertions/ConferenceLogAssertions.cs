using System;
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
        if (NotNull("to have no errors", because, becauseArgs))
        {
            var errors = Subject.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(errors.Count == 0)
                .FailWith("Expected {context:log} to have no errors{reason}, but found " +
                    Describe.Literal(errors.Count + ":" + Describe.List(errors.Select(d => d.ToString()))));
        }

        return new AndConstraint<ConferenceLogAssertions>(this);
    }

    /// <summary>Asserts that the log has no diagnostic at all, not even a warning or an info.</summary>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the log.</returns>
    [CustomAssertion]
    public AndConstraint<ConferenceLogAssertions> HaveNoDiagnostics(string because = "", params object[] becauseArgs)
    {
        if (NotNull("to have no diagnostics", because, becauseArgs))
        {
            var all = Subject.Diagnostics;
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(all.IsEmpty)
                .FailWith("Expected {context:log} to have no diagnostics{reason}, but found " +
                    Describe.Literal(all.Length + ":" + Describe.List(all.Select(d => d.ToString()))));
        }

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
        if (!NotNull("to have " + wanted, because, becauseArgs))
        {
            return new DiagnosticConstraint(this, wanted, []);
        }

        var all = Subject.Diagnostics;
        var matches = all.Where(d => string.Equals(d.Code, code, StringComparison.Ordinal)).ToList();
        string found = all.IsEmpty
            ? "it has no diagnostics."
            : "found none; it has " + all.Length + ":" + Describe.List(all.Select(d => d.ToString()));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches.Count > 0)
            .FailWith("Expected {context:log} to have " + Describe.Literal(wanted) + "{reason}, but " + Describe.Literal(found));
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
        string wanted = Describe.Count(expected, "talk");
        if (NotNull("to have " + wanted, because, becauseArgs))
        {
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(Subject.Talks.Length == expected)
                .FailWith("Expected {context:log} to have " + wanted + "{reason}, but found " + Subject.Talks.Length + ".");
        }

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

        string wanted = "to have a talk titled " + Describe.Quote(title);
        if (!NotNull(wanted, because, becauseArgs))
        {
            return new AndWhichConstraint<ConferenceLogAssertions, Talk>(this, Enumerable.Empty<Talk>());
        }

        var talks = Subject.Talks;
        var matches = talks.Where(t => string.Equals(t.Title, title, StringComparison.Ordinal)).ToList();
        string found = talks.IsEmpty
            ? "it has no talks."
            : "found none" + Describe.Suggestions(Closest.Nearest(talks, t => Closest.Distance(title, t.Title)), t => t.Title, t => t.Header.Line) + ".";
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches.Count > 0)
            .FailWith("Expected {context:log} " + Describe.Literal(wanted) + "{reason}, but " + Describe.Literal(found));
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
        string wanted = "to have its event on " + Describe.Date(date);
        if (!NotNull(wanted, because, becauseArgs))
        {
            return new AndWhichConstraint<ConferenceLogAssertions, Event>(this, Enumerable.Empty<Event>());
        }

        var ev = Subject.Event;
        string found = ev.Date is { } actual
            ? "found " + Describe.Date(actual) + " at " + Describe.Line(ev.Span.Line) + "."
            : "its event has no date.";
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(ev.Date?.Date == date.Date)
            .FailWith("Expected {context:log} " + wanted + "{reason}, but " + found);
        return new AndWhichConstraint<ConferenceLogAssertions, Event>(this, ev);
    }

    // Every assertion first needs a log; a null one fails with the same sentence whatever was asked.
    private bool NotNull(string wanted, string because, object[] becauseArgs) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:log} " + Describe.Literal(wanted) + "{reason}, but found <null>.");
}
