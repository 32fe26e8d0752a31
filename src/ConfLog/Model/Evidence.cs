namespace ConfLog.Model;

/// <summary>
/// A reason kept with a decision of the reader of real notes: the rule's name, the line it looked at, and what it saw
/// there: <c>header form "Title by Name" (L12): by Zak Tedder</c>.
/// </summary>
/// <param name="Rule">The rule's name (<c>talk level</c>, <c>header form "Title by Name"</c>, <c>time</c>…).</param>
/// <param name="Line">The 1-based line it looked at.</param>
/// <param name="Detail">What it saw there.</param>
public sealed record Evidence(string Rule, int Line, string Detail)
{
    /// <summary>Gives the reason as one line: <c>rule (L12): detail</c>.</summary>
    /// <returns>The rule, the line and the detail.</returns>
    public override string ToString() => $"{Rule} (L{Line}): {Detail}";
}
