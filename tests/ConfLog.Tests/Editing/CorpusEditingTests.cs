using System;
using System.Linq;
using ConfLog.Model;
using FluentAssertions;
using Xunit;

namespace ConfLog.Tests.Editing;

// Real notes in every markup of the corpus: a title, a speaker or a text replaced is written in one line, or refused.
public sealed class CorpusEditingTests
{
    [Fact]
    public void Every_text_edit_in_the_corpus_rewrites_exactly_one_line_or_is_refused()
    {
        int written = 0, refused = 0;
        foreach (string name in Corpus.Names)
        {
            var log = ConferenceLog.Parse(Corpus.Text(name));

            // The first forty of each file keep the test short; they reach every kind of node the file has.
            var nodes = log.Sessions.SelectMany(s => s.Descendants().Prepend(s))
                .Where(n => n is Note or Question or Answer or Speaker or Talk)
                .Take(40);
            foreach (var node in nodes)
            {
                ConferenceLog edited;
                try
                {
                    edited = node switch
                    {
                        Talk talk => log.ReplaceNode(talk, talk.WithTitle("Edited title")),
                        Speaker speaker => log.ReplaceNode(speaker, speaker with { Name = "Edited Name" }),
                        _ => log.ReplaceNode((TextNode)node, ((TextNode)node) with { Text = "edited" + Rest(((TextNode)node).Text) }),
                    };
                }
                catch (ArgumentException)
                {
                    refused++;
                    continue;
                }

                written++;
                var changes = LineChanges.Between(log, edited);
                changes.Removed.Should().ContainSingle($"{name}: {node.GetType().Name} at line {node.Span.Line}");
                changes.Added.Should().ContainSingle($"{name}: {node.GetType().Name} at line {node.Span.Line}");
            }
        }

        // Guards the test against a corpus where every edit is refused.
        written.Should().BeGreaterThan(10 * refused);
    }

    private static string Rest(string text) => text.IndexOf('\n') is var feed and >= 0 ? text.Substring(feed) : string.Empty;
}
