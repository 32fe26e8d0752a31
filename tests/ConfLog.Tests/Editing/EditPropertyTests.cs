using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConfLog.Model;
using ConfLog.Tests.Properties;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Editing;

// The round trip's generated logs, each edited at a random node: an edit either is refused (ArgumentException) or
// changes only the lines of the node, every other line byte for byte as it was, ending included.
public sealed class EditPropertyTests
{
    private enum Edit
    {
        Text,
        Remove,
        InsertAfter,
    }

    [Fact]
    public void An_edit_of_a_random_node_leaves_every_other_line_byte_identical()
    {
        int tried = 0, written = 0;
        Gen.Select(LogGen.NotesLike, Gen.Int[0, 10_000], Gen.Enum<Edit>()).Sample(
            (text, pick, edit) =>
            {
                var log = ConferenceLog.Parse(text);
                var nodes = Editable(log).ToList();
                if (nodes.Count == 0)
                {
                    return;
                }

                Interlocked.Increment(ref tried);
                var node = nodes[pick % nodes.Count];
                ConferenceLog edited;
                try
                {
                    edited = Apply(log, node, edit);
                }
                catch (ArgumentException)
                {
                    // Refused: the edit would not read back in this log's form, and nothing was written.
                    return;
                }

                Interlocked.Increment(ref written);
                var changes = LineChanges.Between(log, edited);
                int first = node is Speaker ? node.Span.Line : node.Span.Line;
                switch (edit)
                {
                    case Edit.Text:
                        changes.Removed.Should().HaveCount(1);
                        changes.Added.Should().HaveCount(1);
                        changes.From.Should().Be(first);
                        break;
                    case Edit.Remove:
                        changes.Added.Should().BeEmpty();
                        changes.Removed.Should().HaveCount(LastLine(log, node) - first + 1);
                        break;
                    case Edit.InsertAfter:
                        changes.Removed.Should().BeEmpty();
                        changes.Added.Should().ContainSingle().Which.Text.Should().EndWith("inserted");
                        break;
                }
            },
            iter: 1500);

        // Guards the property against logs where every edit is refused.
        tried.Should().BeGreaterThan(500);
        written.Should().BeGreaterThan(tried / 2);
    }

    // Notes at every depth, questions, answers, speakers and talks.
    private static IEnumerable<Node> Editable(ConferenceLog log) =>
        log.Sessions.SelectMany(s => s.Descendants().Prepend(s))
            .Where(n => n is Note or Question or Answer or Speaker or Talk);

    private static ConferenceLog Apply(ConferenceLog log, Node node, Edit edit) => (edit, node) switch
    {
        (Edit.Text, Talk talk) => log.ReplaceNode(talk, talk.WithTitle("edited title")),
        (Edit.Text, Speaker speaker) => log.ReplaceNode(speaker, speaker with { Name = "Edited Name" }),
        (Edit.Text, TextNode line) => log.ReplaceNode(line, line with { Text = "edited" + Rest(line.Text) }),
        (Edit.Remove, Speaker speaker) => log.ReplaceNode(speaker, speaker with { Name = "Edited Name" }),
        (Edit.Remove, _) when node is not Question => log.RemoveNode(node),
        (Edit.InsertAfter, Note note) => log.InsertNodeAfter(note, new Note("inserted", null, "-", 0, default, default, default)),
        (Edit.InsertAfter, Answer answer) => log.InsertNodeAfter(answer, new Answer("inserted", default, default)),
        (Edit.InsertAfter, _) => log.AddItem(log.Sessions.First(s => s.Span.Covers(node.Span)), new Note("inserted", null, "-", 0, default, default, default)),
        _ => log.ReplaceNode(node, node),
    };

    // The lines after a text's first, kept so that the edit rewrites one line.
    private static string Rest(string text) => text.IndexOf('\n') is var feed and >= 0 ? text.Substring(feed) : string.Empty;

    private static int LastLine(ConferenceLog log, Node node) =>
        node.Span.Length == 0 ? node.Span.Line : log.Source.LineAt(node.Span.End - 1).Number;
}
