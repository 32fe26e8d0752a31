using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
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
    private static readonly Regex LoneCr = new("\r(?!\n)", RegexOptions.None, TimeSpan.FromSeconds(1));

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
        // Lone carriage returns become CRLF: a line ending in a lone CR with a blank line after it cannot lose the line
        // between them without the two endings reading as one CRLF, which no edit can help.
        var logs = LogGen.NotesLike.Select(t => LoneCr.Replace(t, "\r\n"));
        Gen.Select(logs, Gen.Int[0, 10_000], Gen.Enum<Edit>()).Sample(
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
                // A talk's span may begin before its header, with the timestamps that open it.
                int first = node is Talk talk && edit == Edit.Text ? talk.Header.Line : node.Span.Line;
                string because = $"{edit} of {node.GetType().Name} at line {node.Span.Line} in {Escape(text)} gave {Escape(edited.ToString())}";
                switch (node is Speaker ? Edit.Text : edit)
                {
                    case Edit.Text:
                        changes.Removed.Should().HaveCount(1, because);
                        changes.Added.Should().HaveCount(1, because);
                        changes.From.Should().Be(first, because);
                        break;
                    case Edit.Remove:
                        changes.Added.Should().BeEmpty(because);
                        changes.Removed.Should().HaveCount(LastLine(log, node) - first + 1, because);
                        break;
                    case Edit.InsertAfter:
                        changes.Removed.Should().BeEmpty(because);
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
        (Edit.Remove, Speaker speaker) => log.RemoveNode(speaker),
        (Edit.Remove, _) => log.RemoveNode(node),
        (Edit.InsertAfter, Note note) => log.InsertNodeAfter(note, new Note("inserted", null, "-", 0, default, default, default)),
        (Edit.InsertAfter, Answer answer) => log.InsertNodeAfter(answer, new Answer("inserted", default, default)),
        (Edit.InsertAfter, Speaker speaker) => log.InsertNodeAfter(speaker, new Speaker("Inserted Name", null, default)),
        _ => log.AddItem(log.Sessions.First(s => s.Span.Covers(node.Span)), new Note("inserted", null, "-", 0, default, default, default)),
    };

    private static string Escape(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t").Replace("{", "{{").Replace("}", "}}");

    // The lines after a text's first, kept so that the edit rewrites one line.
    private static string Rest(string text) => text.IndexOf('\n') is var feed and >= 0 ? text.Substring(feed) : string.Empty;

    private static int LastLine(ConferenceLog log, Node node) =>
        node.Span.Length == 0 ? node.Span.Line : log.Source.LineAt(node.Span.End - 1).Number;
}
