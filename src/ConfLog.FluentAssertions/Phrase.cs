namespace ConfLog.FluentAssertions;

/// <summary>
/// A value that FluentAssertions' formatter prints as written, without quotes: a time as <c>17:18</c>, a session as
/// <c>talk "TwitVisor" at line 218</c>, a list of diagnostics one per line. FluentAssertions formats an argument of
/// <c>FailWith</c> by its <see cref="ToString"/> when the type overrides it, so no message text is built by hand.
/// </summary>
internal sealed class Phrase
{
    private readonly string _text;

    public Phrase(string text) => _text = text;

    public override string ToString() => _text;
}
