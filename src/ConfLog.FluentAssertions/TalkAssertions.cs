using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using FluentAssertions.Execution;

namespace ConfLog.FluentAssertions;

/// <summary>Assertions on a <see cref="Talk"/>: its speakers, plus everything <see cref="SessionAssertions{TSubject, TAssertions}"/> offers.</summary>
/// <example>
/// <code>
/// talk.Should().BeGivenBy("島田恭平", affiliation: "筑波大学").And.StartAt("17:18").And.HaveExchanges(2);
/// </code>
/// </example>
public sealed class TalkAssertions : SessionAssertions<Talk, TalkAssertions>
{
    /// <summary>Initializes a new instance of the <see cref="TalkAssertions"/> class.</summary>
    /// <param name="subject">The talk to assert on; may be <see langword="null"/>, which every assertion reports.</param>
    public TalkAssertions(Talk? subject)
        : base(subject)
    {
    }

    /// <summary>Gets the word failure messages use for the subject when it is <see langword="null"/>.</summary>
    protected override string Identifier => "talk";

    /// <summary>
    /// Asserts that one of the talk's speakers has this name (ordinal comparison), and, when
    /// <paramref name="affiliation"/> is given, this affiliation. <c>.Which</c> is the speaker.
    /// </summary>
    /// <param name="name">The speaker's name as written in the header.</param>
    /// <param name="affiliation">
    /// The affiliation written in parentheses after the name, or <see langword="null"/> not to check it.
    /// Pass it by name (<c>affiliation: "筑波大学"</c>): given by position, a <c>because</c> phrase would land here.
    /// </param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the speaker.</returns>
    [CustomAssertion]
    public AndWhichConstraint<TalkAssertions, Speaker> BeGivenBy(string name, string? affiliation = null, string because = "", params object[] becauseArgs)
    {
        Guard.NotNull(name, nameof(name));

        IReadOnlyList<Speaker> speakers = Subject?.Speakers ?? [];
        var matches = speakers
            .Where(s => string.Equals(s.Name, name, StringComparison.Ordinal))
            .Where(s => affiliation is null || string.Equals(s.Affiliation, affiliation, StringComparison.Ordinal))
            .ToList();
        Expect(affiliation is null ? "to be given by {1}" : "to be given by {1} of {2}", because, becauseArgs, Describe.Short(name)!, Describe.Short(affiliation)!)
            .ForCondition(speakers.Count > 0)
            .FailWith("but it names no speaker.")
            .Then
            .ForCondition(matches.Count > 0)
            .FailWith("but it is given by {0}.", Describe.Speakers(speakers))
            .Then
            .ClearExpectation();

        return new AndWhichConstraint<TalkAssertions, Speaker>(this, matches);
    }
}
