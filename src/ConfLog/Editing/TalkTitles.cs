using ConfLog.Text;

namespace ConfLog.Model;

/// <summary>
/// A talk with another title, for <see cref="LogEditing.ReplaceNode{TNode}"/>: a talk's <see cref="Talk.Title"/> overrides the
/// read-only title of every session, so <c>talk with { Title = … }</c> cannot be written; this is its equivalent.
/// </summary>
public static class TalkTitles
{
    /// <summary>Gives a copy of <paramref name="talk"/> with another title, all else kept.</summary>
    /// <param name="talk">The talk.</param>
    /// <param name="title">The new title.</param>
    /// <returns>The copy.</returns>
    /// <example><c>log = log.ReplaceNode(talk, talk.WithTitle("TwitVisor 2"));</c></example>
    public static Talk WithTitle(this Talk talk, string title)
    {
        Guard.NotNull(talk, nameof(talk));
        Guard.NotNull(title, nameof(title));
        return new Talk(new TextSlice(title), talk.Speakers, talk.Header, talk.Items, talk.Start, talk.End, talk.StartInferred, talk.Span, talk.StartTime, talk.EndTime, talk.Evidence);
    }
}
