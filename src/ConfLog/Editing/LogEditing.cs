using System;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Editing;
using ConfLog.Model;

namespace ConfLog;

/// <summary>
/// Edits a log in the manner of Roslyn's syntax trees: each method gives a new <see cref="ConferenceLog"/> whose text is
/// the old text with only the lines of the edit rewritten, every other line kept byte for byte (its line ending too),
/// and the new lines written in the log's own forms: its bullet markers and indentation, its question and answer
/// tags, its talk headers (<c>Title / Name(Affiliation)</c> in the seed, <c>### Title by Name</c> in Markdown notes).
/// The new text is read again with the options the log was read with, and must read back as the edited tree;
/// when it would not (a note whose new text begins <c>Q:</c> becomes a question), the edit throws.
/// </summary>
/// <remarks>
/// What is compared on reading back is what the nodes say, not where they stand: the spans of the new log's nodes
/// are those of its new text, and a note's marker and indentation are those of the line it was written in (for a
/// new note, those of the note beside it), whatever the node given held. The times of sessions follow from the
/// timestamps and are not compared.
/// </remarks>
/// <example>
/// <code>
/// var log = ConferenceLog.Load("notes.txt");
/// var speaker = log.Talks[0].Speakers[0];
/// log = log.ReplaceNode(speaker, speaker with { Name = "品川 高廣" });
/// log = log.AddItem(log.Talks[0], new Note("資料公開予定", null, "-", 0, default, default, default));
/// log.Save("notes.txt");
/// </code>
/// </example>
public static class LogEditing
{
    /// <summary>
    /// Replaces a node by another of the same kind: a talk (<c>talk with { Speakers = … }</c>, <see cref="TalkTitles.WithTitle"/>),
    /// a speaker, a note, a question, an answer, an exchange, a line of prose, a timestamp, a heading.
    /// </summary>
    /// <typeparam name="TNode">The kind of node.</typeparam>
    /// <param name="log">The log.</param>
    /// <param name="oldNode">A node of the log's sessions.</param>
    /// <param name="newNode">What it becomes.</param>
    /// <returns>The edited log.</returns>
    /// <exception cref="ArgumentException">The node is not in the log, the two are of different kinds, or the edit cannot be written so that it reads back.</exception>
    public static ConferenceLog ReplaceNode<TNode>(this ConferenceLog log, TNode oldNode, TNode newNode)
        where TNode : Node
    {
        Guard.NotNull(log, nameof(log));
        Guard.NotNull(oldNode, nameof(oldNode));
        Guard.NotNull(newNode, nameof(newNode));
        if (oldNode.GetType() != newNode.GetType())
        {
            throw new ArgumentException($"{TreePath.Describe(oldNode)} cannot be replaced by a {newNode.GetType().Name.ToLowerInvariant()}: remove it and insert the other.", nameof(newNode));
        }

        var path = TreePath.To(log, oldNode, nameof(oldNode));
        return Edit(log, path, new Node[] { NewNodes.Complete(newNode) }, $"replacing {TreePath.Describe(oldNode)}", nameof(newNode));
    }

    /// <summary>Inserts a node after another of its list: a note after a note (at its depth), an item after an item, a session after a session, an answer after an answer, a speaker after a speaker.</summary>
    /// <param name="log">The log.</param>
    /// <param name="node">A node of the log's sessions.</param>
    /// <param name="newNode">The node to insert.</param>
    /// <returns>The edited log.</returns>
    /// <exception cref="ArgumentException">The node is not in the log, the new one cannot stand there, or it cannot be written so that it reads back.</exception>
    public static ConferenceLog InsertNodeAfter(this ConferenceLog log, Node node, Node newNode) =>
        Insert(log, node, newNode, after: true);

    /// <summary>Inserts a node before another of its list.</summary>
    /// <param name="log">The log.</param>
    /// <param name="node">A node of the log's sessions.</param>
    /// <param name="newNode">The node to insert.</param>
    /// <returns>The edited log.</returns>
    /// <exception cref="ArgumentException">The node is not in the log, the new one cannot stand there, or it cannot be written so that it reads back.</exception>
    public static ConferenceLog InsertNodeBefore(this ConferenceLog log, Node node, Node newNode) =>
        Insert(log, node, newNode, after: false);

    /// <summary>Removes a node and its lines: a note with the notes under it, an exchange, an answer, a session with all it holds, a speaker.</summary>
    /// <param name="log">The log.</param>
    /// <param name="node">A node of the log's sessions.</param>
    /// <returns>The edited log.</returns>
    /// <exception cref="ArgumentException">The node is not in the log, or the log without it would not read back as asked.</exception>
    public static ConferenceLog RemoveNode(this ConferenceLog log, Node node)
    {
        Guard.NotNull(log, nameof(log));
        Guard.NotNull(node, nameof(node));
        var path = TreePath.To(log, node, nameof(node));
        return Edit(log, path, Array.Empty<Node>(), $"removing {TreePath.Describe(node)}", nameof(node));
    }

    /// <summary>
    /// Adds an item at the end of what a session holds: after its last note, exchange or prose line, before the blank
    /// lines and timestamps that close it.
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="session">A session of the log.</param>
    /// <param name="item">The note, exchange, prose line, heading or timestamp to add.</param>
    /// <returns>The edited log.</returns>
    /// <exception cref="ArgumentException">The session is not in the log, or the item cannot be written so that it reads back.</exception>
    public static ConferenceLog AddItem(this ConferenceLog log, Session session, SessionItem item)
    {
        Guard.NotNull(log, nameof(log));
        Guard.NotNull(session, nameof(session));
        Guard.NotNull(item, nameof(item));
        var path = TreePath.To(log, session, nameof(session));
        var items = ((Session)path[path.Count - 1]).Items;
        int at = items.Length;
        int header = ((Session)path[path.Count - 1]).Header?.Line ?? 0;
        while (at > 0 && items[at - 1] is Blank or Timestamp && items[at - 1].Span.Line > header)
        {
            at--;
        }

        var edited = (Session)path[path.Count - 1] with { Items = items.Insert(at, NewNodes.Complete(item)) };
        return Edit(log, path, new Node[] { edited }, $"adding {TreePath.Describe(item)} to {TreePath.Describe(session)}", nameof(item));
    }

    private static ConferenceLog Insert(ConferenceLog log, Node node, Node newNode, bool after)
    {
        Guard.NotNull(log, nameof(log));
        Guard.NotNull(node, nameof(node));
        Guard.NotNull(newNode, nameof(newNode));
        var path = TreePath.To(log, node, nameof(node));
        var found = path[path.Count - 1];
        newNode = NewNodes.Complete(newNode);
        var pair = after ? new[] { found, newNode } : new[] { newNode, found };
        return Edit(log, path, pair, $"inserting {TreePath.Describe(newNode)} {(after ? "after" : "before")} {TreePath.Describe(node)}", nameof(newNode));
    }

    private static ConferenceLog Edit(ConferenceLog log, System.Collections.Generic.List<Node> path, Node[] replacement, string what, string paramName)
    {
        ImmutableArray<Session> sessions = TreePath.Splice(log, path, replacement, paramName);
        string text = LineEditor.Write(log, sessions, paramName);
        var edited = ConferenceLog.Parse(text, log.Options);
        Readback.Check(sessions, edited, what, paramName);
        return edited;
    }
}
