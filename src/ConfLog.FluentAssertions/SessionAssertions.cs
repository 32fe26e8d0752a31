using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ConfLog.FluentAssertions;

/// <summary>
/// Assertions shared by talks, breaks and interludes: times, Q/A exchanges, notes and links.
/// Failure messages name the session by its title and line, such as <c>talk "TwitVisor" at line 218</c>.
/// </summary>
/// <typeparam name="TSubject">The kind of session.</typeparam>
/// <typeparam name="TAssertions">The concrete assertions class, returned by every assertion so chains keep their type.</typeparam>
public abstract class SessionAssertions<TSubject, TAssertions> : ReferenceTypeAssertions<TSubject, TAssertions>
    where TSubject : Session
    where TAssertions : SessionAssertions<TSubject, TAssertions>
{
    /// <summary>Initializes a new instance of the <see cref="SessionAssertions{TSubject, TAssertions}"/> class.</summary>
    /// <param name="subject">The session to assert on; may be <see langword="null"/>, which every assertion reports.</param>
    protected SessionAssertions(TSubject? subject)
        : base(subject!)
    {
    }

    /// <summary>Asserts the date and time the session started (to the second).</summary>
    /// <param name="expected">The start.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the session.</returns>
    [CustomAssertion]
    public AndConstraint<TAssertions> StartAt(DateTime expected, string because = "", params object[] becauseArgs) =>
        AssertTime("start", Subject?.Start, Subject?.StartInferred == true, expected, Describe.Time(expected), Describe.Time, because, becauseArgs);

    /// <summary>Asserts the time of day the session started, whatever the date.</summary>
    /// <param name="time">The time of day as <c>HH:mm</c> or <c>HH:mm:ss</c>, such as <c>17:18</c>.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the session.</returns>
    /// <exception cref="ArgumentException"><paramref name="time"/> is not a time of day in one of those forms.</exception>
    [CustomAssertion]
    public AndConstraint<TAssertions> StartAt(string time, string because = "", params object[] becauseArgs)
    {
        var expected = ParseTimeOfDay(time, nameof(time));
        return AssertTime("start", Subject?.Start?.TimeOfDay, Subject?.StartInferred == true, expected, Describe.TimeOfDay(expected), Describe.TimeOfDay, because, becauseArgs);
    }

    /// <summary>Asserts the date and time the session ended (to the second).</summary>
    /// <param name="expected">The end.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the session.</returns>
    [CustomAssertion]
    public AndConstraint<TAssertions> EndAt(DateTime expected, string because = "", params object[] becauseArgs) =>
        AssertTime("end", Subject?.End, inferred: false, expected, Describe.Time(expected), Describe.Time, because, becauseArgs);

    /// <summary>Asserts the time of day the session ended, whatever the date.</summary>
    /// <param name="time">The time of day as <c>HH:mm</c> or <c>HH:mm:ss</c>, such as <c>17:47</c>.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the session.</returns>
    /// <exception cref="ArgumentException"><paramref name="time"/> is not a time of day in one of those forms.</exception>
    [CustomAssertion]
    public AndConstraint<TAssertions> EndAt(string time, string because = "", params object[] becauseArgs)
    {
        var expected = ParseTimeOfDay(time, nameof(time));
        return AssertTime("end", Subject?.End?.TimeOfDay, inferred: false, expected, Describe.TimeOfDay(expected), Describe.TimeOfDay, because, becauseArgs);
    }

    /// <summary>Asserts how many question-and-answer exchanges the session holds.</summary>
    /// <param name="expected">The number of exchanges.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the session.</returns>
    [CustomAssertion]
    public AndConstraint<TAssertions> HaveExchanges(int expected, string because = "", params object[] becauseArgs)
    {
        IReadOnlyList<Exchange> exchanges = Subject?.Exchanges ?? [];
        Expect("to have {1}", because, becauseArgs, Describe.Count(expected, "Q/A exchange"))
            .ForCondition(exchanges.Count == expected)
            .FailWith(
                exchanges.Count == 0 ? "but found none." : "but found {0}, at {1}.",
                exchanges.Count,
                Describe.Lines(exchanges.Select(e => e.Span.Line)))
            .Then
            .ClearExpectation();

        return new AndConstraint<TAssertions>((TAssertions)this);
    }

    /// <summary>
    /// Asserts that a question of the session contains the given text (ordinal comparison); <c>.Which</c> is the
    /// whole exchange, so its answers can be asserted next. The failure names the closest questions.
    /// </summary>
    /// <param name="text">The text the question should contain.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the exchange of that question.</returns>
    [CustomAssertion]
    public AndWhichConstraint<TAssertions, Exchange> HaveQuestionContaining(string text, string because = "", params object[] becauseArgs)
    {
        Guard.NotNull(text, nameof(text));

        var asked = (Subject?.Exchanges ?? []).Where(e => e.Question is not null).ToList();
        var matches = asked.Where(e => e.Question!.Text.ContainsOrdinal(text)).ToList();
        Expect("to have a question containing {1}", because, becauseArgs, Describe.Short(text)!)
            .ForCondition(asked.Count > 0)
            .FailWith("but it has no questions.")
            .Then
            .ForCondition(matches.Count > 0)
            .FailWith("but found none{0}.", Describe.Suggestions(
                Closest.Nearest(asked, e => Closest.DistanceWithin(text, e.Question!.Text)), e => e.Question!.Text, e => e.Span.Line))
            .Then
            .ClearExpectation();

        return new AndWhichConstraint<TAssertions, Exchange>((TAssertions)this, matches);
    }

    /// <summary>
    /// Asserts that a note of the session, at any depth, contains the given text (ordinal comparison); a labelled
    /// note is read as <c>Label: text</c>. <c>.Which</c> is the note. The failure names the closest notes.
    /// </summary>
    /// <param name="text">The text the note should contain.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the note.</returns>
    [CustomAssertion]
    public AndWhichConstraint<TAssertions, Note> HaveNoteContaining(string text, string because = "", params object[] becauseArgs)
    {
        Guard.NotNull(text, nameof(text));

        var notes = Subject?.Descendants().OfType<Note>().ToList() ?? [];
        var matches = notes.Where(n => Describe.Note(n).ContainsOrdinal(text)).ToList();
        Expect("to have a note containing {1}", because, becauseArgs, Describe.Short(text)!)
            .ForCondition(notes.Count > 0)
            .FailWith("but it has no notes.")
            .Then
            .ForCondition(matches.Count > 0)
            .FailWith("but found none{0}.", Describe.Suggestions(
                Closest.Nearest(notes, n => Closest.DistanceWithin(text, Describe.Note(n))), Describe.Note, n => n.Span.Line))
            .Then
            .ClearExpectation();

        return new AndWhichConstraint<TAssertions, Note>((TAssertions)this, matches);
    }

    /// <summary>
    /// Asserts that the session holds this exact URL, in a note at any depth, a question, an answer or prose;
    /// <c>.Which</c> is the first place it is written. The failure names the closest URLs.
    /// </summary>
    /// <param name="url">The URL as written in the notes.</param>
    /// <param name="because">A phrase explaining why the assertion is needed, with <c>{0}</c>-style placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the link.</returns>
    [CustomAssertion]
    public AndWhichConstraint<TAssertions, Link> HaveLink(string url, string because = "", params object[] becauseArgs)
    {
        Guard.NotNull(url, nameof(url));

        IReadOnlyList<Link> links = Subject?.Links ?? [];
        var match = links.FirstOrDefault(l => string.Equals(l.Url, url, StringComparison.Ordinal));
        Expect("to have a link to {1}", because, becauseArgs, Describe.Short(url)!)
            .ForCondition(links.Count > 0)
            .FailWith("but it has no links.")
            .Then
            .ForCondition(match is not null)
            .FailWith("but found none{0}.", Describe.Suggestions(Closest.Nearest(links, l => Closest.Distance(url, l.Url)), l => l.Url, l => l.Span.Line))
            .Then
            .ClearExpectation();

        // The same URL written twice is one link to the reader, so Which takes the first rather than failing.
        return match is null
            ? new AndWhichConstraint<TAssertions, Link>((TAssertions)this, Enumerable.Empty<Link>())
            : new AndWhichConstraint<TAssertions, Link>((TAssertions)this, match);
    }

    /// <summary>
    /// Starts the chain of an assertion: sets the expectation, whose <c>{0}</c> names the session by its title and
    /// line (or, when there is no session, the caller's expression) and whose <c>{1}</c>, <c>{2}</c>… are
    /// <paramref name="args"/>, and fails first when there is no session. FluentAssertions skips the later conditions
    /// of the chain once one has failed, so an <c>AssertionScope</c> reports one failure per assertion.
    /// </summary>
    private protected IAssertionScope Expect(string expectation, string because, object[] becauseArgs, params object[] args) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .WithExpectation(
                (Subject is null ? "Expected {context:" + Identifier + "} " : "Expected {0} ") + expectation + "{reason}, ",
                [Describe.Session(Subject), .. args])
            .ForCondition(Subject is not null)
            .FailWith("but found <null>.")
            .Then;

    private static TimeSpan ParseTimeOfDay(string time, string parameter)
    {
        if (DateTime.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed.TimeOfDay;
        }

        throw new ArgumentException($"'{time}' is not a time of day; write it as HH:mm or HH:mm:ss, such as 17:18.", parameter);
    }

    private AndConstraint<TAssertions> AssertTime<T>(
        string verb, T? actual, bool inferred, T expected, Phrase expectedText, Func<T, Phrase> format, string because, object[] becauseArgs)
        where T : struct, IEquatable<T>
    {
        Expect("to " + verb + " at {1}", because, becauseArgs, expectedText)
            .ForCondition(actual is not null)
            .FailWith("but it has no " + verb + " time.")
            .Then
            .ForCondition(actual is { } a && a.Equals(expected))
            .FailWith(
                inferred ? "but it " + verb + "s at {0} (inferred from the event's hours)." : "but it " + verb + "s at {0}.",
                actual is { } value ? format(value) : null)
            .Then
            .ClearExpectation();

        return new AndConstraint<TAssertions>((TAssertions)this);
    }
}

/// <summary>Assertions on any <see cref="Session"/>: a talk, a break or an interlude.</summary>
public sealed class SessionAssertions : SessionAssertions<Session, SessionAssertions>
{
    /// <summary>Initializes a new instance of the <see cref="SessionAssertions"/> class.</summary>
    /// <param name="subject">The session to assert on; may be <see langword="null"/>.</param>
    public SessionAssertions(Session? subject)
        : base(subject)
    {
    }

    /// <summary>Gets the word failure messages use for the subject when it is <see langword="null"/>.</summary>
    protected override string Identifier => "session";
}
