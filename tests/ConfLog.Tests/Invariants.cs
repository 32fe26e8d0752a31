using System.Collections.Generic;
using System.Linq;
using ConfLog.Model;

namespace ConfLog.Tests;

// The structural promises every parse keeps, whatever the text: shared by the span tests, the property
// tests and the fuzzing run. Each returns the first broken promise, or null.
internal static class Invariants
{
    public static string? Check(string? text, ConferenceLog log)
    {
        text ??= string.Empty;
        return RoundTrips(text, log) ?? SpansInsideText(text, log) ?? ParentsCoverChildren(log) ?? LinesHaveOneOwner(log);
    }

    public static string? RoundTrips(string text, ConferenceLog log) =>
        log.ToString() == text ? null : "the log does not write back its input";

    public static string? SpansInsideText(string text, ConferenceLog log)
    {
        foreach (var node in log.AllNodes())
        {
            var span = node.Span;
            if (span.Offset < 0 || span.Length < 0 || span.End > text.Length || span.Line < 1 || span.Column < 1)
            {
                return $"{node.GetType().Name} at {span} [{span.Offset}+{span.Length}] lies outside the text of {text.Length} characters";
            }
        }

        return null;
    }

    public static string? ParentsCoverChildren(ConferenceLog log)
    {
        foreach (var parent in log.AllNodes())
        {
            foreach (var child in parent.ChildNodes)
            {
                if (!parent.Span.Covers(child.Span))
                {
                    return $"{parent.GetType().Name} at {parent.Span} does not cover {child.GetType().Name} at {child.Span}";
                }
            }
        }

        return null;
    }

    public static string? LinesHaveOneOwner(ConferenceLog log)
    {
        var owners = new int[log.Source.Lines.Length + 1];
        var roots = new Node[] { log.Event }.Concat(log.Sessions).Where(n => n is not Event || n.Span.Length > 0 || log.Event.ChildNodes.Any());
        foreach (var root in roots)
        {
            if (log.Source.Lines.IsEmpty)
            {
                return $"{root.GetType().Name} exists in a text with no lines";
            }

            int first = log.Source.LineAt(root.Span.Offset).Number;
            int last = log.Source.LineAt(root.Span.End).Number;
            for (int line = first; line <= last; line++)
            {
                owners[line]++;
            }
        }

        for (int line = 1; line < owners.Length; line++)
        {
            if (owners[line] != 1)
            {
                return $"line {line} belongs to {owners[line]} sessions";
            }
        }

        return null;
    }

    public static IEnumerable<(string Type, ConfLog.Text.SourceSpan Span)> Shape(ConferenceLog log) =>
        log.AllNodes().Select(n => (n.GetType().Name, n.Span));
}
