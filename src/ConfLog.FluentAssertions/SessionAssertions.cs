using System;
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
        string wanted = "to have " + Describe.Count(expected, "Q/A exchange");
        if (NotNull(wanted, because, becauseArgs))
        {
            var exchanges = Subject.Exchanges;
            string found = exchanges.IsEmpty
                ? "found none."
                : "found " + exchanges.Length + ", at " + (exchanges.Length == 1 ? "line " : "lines ") +
                  string.Join(", ", exchanges.Select(e => e.Span.Line.ToString(CultureInfo.InvariantCulture))) + ".";
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(exchanges.Length == expected)
                .FailWith(Expected(wanted) + "{reason}, but " + found);
        }

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

        string wanted = "to have a question containing " + Describe.Quote(text);
        if (!NotNull(wanted, because, becauseArgs))
        {
            return new AndWhichConstraint<TAssertions, Exchange>((TAssertions)this, Enumerable.Empty<Exchange>());
        }

        var asked = Subject.Exchanges.Where(e => e.Question is not null).ToList();
        var matches = asked.Where(e => e.Question!.Text.ContainsOrdinal(text)).ToList();
        string found = asked.Count == 0
            ? "it has no questions."
            : "found none" + Describe.Suggestions(
                Closest.Nearest(asked, e => Closest.DistanceWithin(text, e.Question!.Text)), e => e.Question!.Text, e => e.Span.Line) + ".";
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches.Count > 0)
            .FailWith(Expected(wanted) + "{reason}, but " + Describe.Literal(found));
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

        string wanted = "to have a note containing " + Describe.Quote(text);
        if (!NotNull(wanted, because, becauseArgs))
        {
            return new AndWhichConstraint<TAssertions, Note>((TAssertions)this, Enumerable.Empty<Note>());
        }

        var notes = Subject.Descendants().OfType<Note>().ToList();
        var matches = notes.Where(n => Describe.Note(n).ContainsOrdinal(text)).ToList();
        string found = notes.Count == 0
            ? "it has no notes."
            : "found none" + Describe.Suggestions(Closest.Nearest(notes, n => Closest.DistanceWithin(text, Describe.Note(n))), Describe.Note, n => n.Span.Line) + ".";
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches.Count > 0)
            .FailWith(Expected(wanted) + "{reason}, but " + Describe.Literal(found));
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

        string wanted = "to have a link to " + Describe.Quote(url);
        if (!NotNull(wanted, because, becauseArgs))
        {
            return new AndWhichConstraint<TAssertions, Link>((TAssertions)this, Enumerable.Empty<Link>());
        }

        var links = Subject.Links;
        var match = links.FirstOrDefault(l => string.Equals(l.Url, url, StringComparison.Ordinal));
        string found = links.IsEmpty
            ? "it has no links."
            : "found none" + Describe.Suggestions(Closest.Nearest(links, l => Closest.Distance(url, l.Url)), l => l.Url, l => l.Span.Line) + ".";
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(match is not null)
            .FailWith(Expected(wanted) + "{reason}, but " + Describe.Literal(found));

        // The same URL written twice is one link to the reader, so Which takes the first rather than failing.
        return new AndWhichConstraint<TAssertions, Link>((TAssertions)this, match!);
    }

    /// <summary>Starts a failure message with the session named by its title and line, braces escaped.</summary>
    /// <param name="wanted">What was expected, such as <c>to have 3 Q/A exchanges</c>.</param>
    /// <returns>The start of a message for <c>FailWith</c>, ready for <c>{reason}</c>.</returns>
    protected string Expected(string wanted) => "Expected " + Describe.Literal(Describe.Session(Subject) + " " + wanted);

    /// <summary>Fails, saying what was wanted, when there is no session to assert on.</summary>
    /// <param name="wanted">What was expected, such as <c>to have 3 Q/A exchanges</c>.</param>
    /// <param name="because">A phrase explaining why the assertion is needed.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>Whether there is a session, so the assertion can go on.</returns>
    protected bool NotNull(string wanted, string because, object[] becauseArgs) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:" + Identifier + "} " + Describe.Literal(wanted) + "{reason}, but found <null>.");

    private static TimeSpan ParseTimeOfDay(string time, string parameter)
    {
        if (DateTime.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed.TimeOfDay;
        }

        throw new ArgumentException($"'{time}' is not a time of day; write it as HH:mm or HH:mm:ss, such as 17:18.", parameter);
    }

    private AndConstraint<TAssertions> AssertTime<T>(
        string verb, T? actual, bool inferred, T expected, string expectedText, Func<T, string> format, string because, object[] becauseArgs)
        where T : struct, IEquatable<T>
    {
        string wanted = "to " + verb + " at " + expectedText;
        if (NotNull(wanted, because, becauseArgs))
        {
            string found = actual is { } value
                ? "it " + verb + "s at " + format(value) + (inferred ? " (inferred from the event's hours)." : ".")
                : "it has no " + verb + " time.";
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(actual is { } a && a.Equals(expected))
                .FailWith(Expected(wanted) + "{reason}, but " + found);
        }

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
