using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfLog.Diagnostics;
using FluentAssertions;
using FluentAssertions.Execution;

namespace ConfLog.FluentAssertions;

/// <summary>
/// The diagnostics that <see cref="ConferenceLogAssertions.HaveDiagnostic"/> found, to narrow down by line,
/// severity or message. <c>Which</c> is the diagnostic when exactly one is left; <c>And</c> returns to the log.
/// </summary>
/// <example>
/// <code>
/// log.Should().HaveDiagnostic("CL0003").AtLine(3).WithSeverity(DiagnosticSeverity.Warning);
/// </code>
/// </example>
public sealed class DiagnosticConstraint : AndWhichConstraint<ConferenceLogAssertions, Diagnostic>
{
    private readonly string _wanted;
    private readonly IReadOnlyList<Diagnostic> _matches;

    /// <summary>Initializes a new instance of the <see cref="DiagnosticConstraint"/> class.</summary>
    /// <param name="log">The assertions on the log the diagnostics belong to.</param>
    /// <param name="wanted">What was asked for so far, such as <c>a diagnostic CL0003 at line 3</c>; failure messages repeat it.</param>
    /// <param name="matches">The diagnostics that fit what was asked for so far.</param>
    public DiagnosticConstraint(ConferenceLogAssertions log, string wanted, IReadOnlyList<Diagnostic> matches)
        : base(log, matches)
    {
        _wanted = wanted ?? throw new ArgumentNullException(nameof(wanted));
        _matches = matches ?? throw new ArgumentNullException(nameof(matches));
    }

    /// <summary>Gets every diagnostic that fits what was asked for so far, in source order.</summary>
    public IReadOnlyList<Diagnostic> Matches => _matches;

    /// <summary>Asserts that one of the diagnostics found so far starts on the given line.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The diagnostics on that line.</returns>
    [CustomAssertion]
    public DiagnosticConstraint AtLine(int line, string because = "", params object[] becauseArgs) =>
        Narrow(" at line " + line.ToString(CultureInfo.InvariantCulture), d => d.Span.Line == line, because, becauseArgs);

    /// <summary>Asserts that one of the diagnostics found so far has the given severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The diagnostics with that severity.</returns>
    [CustomAssertion]
    public DiagnosticConstraint WithSeverity(DiagnosticSeverity severity, string because = "", params object[] becauseArgs) =>
        Narrow(" with severity " + Describe.Severity(severity), d => d.Severity == severity, because, becauseArgs);

    /// <summary>Asserts that the message of one of the diagnostics found so far contains the given text (ordinal comparison).</summary>
    /// <param name="text">The text the message should contain.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>The diagnostics whose message contains the text.</returns>
    [CustomAssertion]
    public DiagnosticConstraint WithMessageContaining(string text, string because = "", params object[] becauseArgs)
    {
        Guard.NotNull(text, nameof(text));

        return Narrow(" with a message containing \"" + Describe.Short(text) + "\"", d => d.Message.ContainsOrdinal(text), because, becauseArgs);
    }

    private DiagnosticConstraint Narrow(string part, Func<Diagnostic, bool> fits, string because, object[] becauseArgs)
    {
        string wanted = _wanted + part;
        var left = _matches.Where(fits).ToList();

        // When nothing was left to narrow, the earlier step has already failed; saying it again only adds noise.
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .WithExpectation("Expected {context:log} to have {0}{reason}, ", new Phrase(wanted))
            .ForCondition(_matches.Count == 0 || left.Count > 0)
            .FailWith("but found only:{0}", Describe.List(_matches.Select(d => d.ToString())))
            .Then
            .ClearExpectation();

        return new DiagnosticConstraint(And, wanted, left);
    }
}
