using System;
using System.Collections.Generic;
using ConfLog.Lines;
using ConfLog.Model;
using Sprache;

namespace ConfLog.Outline;

/// <summary>
/// Builds a file's <see cref="NotesOutline"/>: each line is read by its markup's line syntaxes, one at a time; the one
/// look-ahead is for RST and setext underlines, which turn the line above into a heading. Linear in the text.
/// </summary>
internal static class OutlineBuilder
{
    /// <summary>The outline of <paramref name="text"/>, in the markup <see cref="MarkupDetector"/> finds.</summary>
    public static NotesOutline Build(string text)
    {
        var lines = TextLines.Split(text ?? "");
        var (markup, reason) = MarkupDetector.Detect(lines);
        return Build(lines, markup, reason);
    }

    /// <summary>The outline of <paramref name="text"/> read in <paramref name="markup"/> (an option can force one).</summary>
    public static NotesOutline Build(string text, NoteMarkup markup) => Build(TextLines.Split(text ?? ""), markup, "forced");

    private static NotesOutline Build(List<(int Offset, string Text)> lines, NoteMarkup markup, string reason)
    {
        var result = new OutlineLine[lines.Count];
        var depth = new IndentDepth();
        var rstStyles = new List<(char, bool)>();
        bool inFence = false;
        string fence = "";
        bool inDirective = false;
        int directiveIndent = 0;
        bool frontMatter = markup == NoteMarkup.Markdown && lines.Count > 0 && lines[0].Text.TrimEnd() == "---";
        bool anyAtx = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var (offset, raw) = lines[i];
            int number = i + 1;
            OutlineLine Make(OutlineKind kind, int level, string text) => new(kind, level, text, number, offset, raw.Length) { Raw = raw };

            if (result[i] is not null)
            {
                continue; // an RST underline or overline, already taken with its title
            }

            int indent = TextLines.IndentOf(raw, out int at);
            string content = raw.Substring(at).TrimEnd();
            if (frontMatter)
            {
                if (i > 0 && (content == "---" || content == "..."))
                {
                    frontMatter = content == "..." && i + 1 < lines.Count && lines[i + 1].Text.TrimEnd() == "---";
                    result[i] = Make(OutlineKind.Rule, 0, "");
                }
                else if (i == 0)
                {
                    result[i] = Make(OutlineKind.Rule, 0, "");
                }
                else
                {
                    var entry = FieldSyntax.YamlEntry.ReadLine(content);
                    result[i] = entry.WasSuccessful
                        ? Make(OutlineKind.Field, 0, entry.Value.Value) with { Key = entry.Value.Key, Indent = indent }
                        : Make(OutlineKind.Field, 0, content) with { Indent = indent };
                }

                continue;
            }

            if (inFence)
            {
                if (content.StartsWith(fence, StringComparison.Ordinal))
                {
                    inFence = false;
                }

                result[i] = Make(OutlineKind.Code, 0, content) with { Indent = indent };
                continue;
            }

            if (TextLines.IsBlank(raw))
            {
                result[i] = Make(OutlineKind.Blank, 0, "");
                continue;
            }

            if (inDirective && indent > directiveIndent)
            {
                result[i] = Make(OutlineKind.Directive, 0, content) with { Indent = indent };
                continue;
            }

            inDirective = false;
            if (content.StartsWith("```", StringComparison.Ordinal) || content.StartsWith("~~~", StringComparison.Ordinal))
            {
                if (markup is NoteMarkup.Markdown or NoteMarkup.Plain)
                {
                    inFence = true;
                    fence = content.Substring(0, 3);
                    result[i] = Make(OutlineKind.Code, 0, content) with { Indent = indent };
                    continue;
                }
            }

            switch (markup)
            {
                case NoteMarkup.Markdown:
                    result[i] = MarkdownLine(lines, i, indent, at, content, depth, result, ref anyAtx);
                    break;
                case NoteMarkup.ReStructuredText:
                    result[i] = RstLine(lines, i, indent, content, depth, result, rstStyles, ref inDirective, ref directiveIndent);
                    break;
                case NoteMarkup.Org:
                    result[i] = Marked(MarkedHeadingSyntax.Org, lines, i, indent, content, depth, FieldSyntax.OrgKeyword);
                    break;
                case NoteMarkup.Hiki:
                    result[i] = HikiLine(lines, i, indent, content, depth);
                    break;
                case NoteMarkup.Rd:
                    result[i] = Marked(MarkedHeadingSyntax.Rd, lines, i, indent, content, depth, null);
                    break;
                default:
                    result[i] = PlainLine(lines, i, indent, content, depth, markup == NoteMarkup.Indent);
                    break;
            }
        }

        if (markup == NoteMarkup.Markdown && !anyAtx)
        {
            // With no # heading at all, the lines that are only **bold** are the document's headings.
            for (int i = 0; i < result.Length; i++)
            {
                if (result[i].Strong && result[i].Level == 0)
                {
                    result[i] = result[i] with { Kind = OutlineKind.Heading, Level = 1 };
                }
            }
        }

        return new NotesOutline(markup, reason, result);
    }

    private static OutlineLine Line(List<(int Offset, string Text)> lines, int i, OutlineKind kind, int level, string text, int indent) =>
        new(kind, level, text, i + 1, lines[i].Offset, lines[i].Text.Length) { Raw = lines[i].Text, Indent = indent };

    private static OutlineLine MarkdownLine(
        List<(int Offset, string Text)> lines, int i, int indent, int at, string content, IndentDepth depth, OutlineLine[] result, ref bool anyAtx)
    {
        if (content[0] == '>')
        {
            // A block quote: its text is read as a paragraph at the quote's depth ("> Q: …" stays a question).
            string quoted = content.TrimStart('>', ' ');
            return Line(lines, i, quoted.Length == 0 ? OutlineKind.Blank : OutlineKind.Text, depth.Text(indent), InlineMarkup.Strip(quoted), indent);
        }

        if (content[0] == '#' && indent <= 3 && AtxHeadingSyntax.TryRead(content, out var atx))
        {
            anyAtx = true;
            depth.Reset();
            return Line(lines, i, OutlineKind.Heading, atx.Level, InlineMarkup.Strip(atx.Text), indent);
        }

        if (indent <= 3 && (content[0] == '=' || content[0] == '-') && AdornmentSyntax.TryRead(content, out var underline)
            && (underline.Char == '=' || underline.Char == '-'))
        {
            var above = i > 0 ? result[i - 1] : null;
            if (above is { Kind: OutlineKind.Text } && above.Indent <= 3)
            {
                // A setext underline: the paragraph line above is the heading.
                anyAtx = true;
                depth.Reset();
                result[i - 1] = above with { Kind = OutlineKind.Heading, Level = underline.Char == '=' ? 1 : 2, Strong = false };
                return Line(lines, i, OutlineKind.Rule, 0, "", indent);
            }

            if (underline.Length >= 3)
            {
                return Line(lines, i, OutlineKind.Rule, 0, "", indent);
            }
        }

        if (content.StartsWith("***", StringComparison.Ordinal) && content.Trim('*', ' ').Length == 0)
        {
            return Line(lines, i, OutlineKind.Rule, 0, "", indent);
        }

        if (BulletSyntax.ReadItem(content) is { } item)
        {
            return Line(lines, i, OutlineKind.Item, depth.Item(indent), InlineMarkup.Strip(item), indent);
        }

        bool strong = content.Length > 4 && content.StartsWith("**", StringComparison.Ordinal)
            && content.IndexOf("**", 2, StringComparison.Ordinal) is int close && close > 2
            && (close == content.Length - 2 || content.Substring(close + 2).Trim().Length == 0 || content.Substring(close + 2).TrimStart().StartsWith("(", StringComparison.Ordinal));
        if (indent == 0 && (i == 0 || TextLines.IsBlank(lines[i - 1].Text)))
        {
            depth.Reset();
        }

        return Line(lines, i, OutlineKind.Text, depth.Text(indent), InlineMarkup.Strip(content), indent) with { Strong = strong && indent == 0 };
    }

    private static OutlineLine RstLine(
        List<(int Offset, string Text)> lines, int i, int indent, string content, IndentDepth depth, OutlineLine[] result,
        List<(char, bool)> styles, ref bool inDirective, ref int directiveIndent)
    {
        bool IsAdornment(int k, out (char Char, int Length) a)
        {
            a = default;
            if (k < 0 || k >= lines.Count)
            {
                return false;
            }

            return AdornmentSyntax.TryRead(lines[k].Text, out a);
        }

        int Level(char c, bool over)
        {
            int at = styles.IndexOf((c, over));
            if (at < 0)
            {
                styles.Add((c, over));
                at = styles.Count - 1;
            }

            return at + 1;
        }

        if (indent == 0 && IsAdornment(i, out var overline) && i + 2 < lines.Count && IsAdornment(i + 2, out var under2)
            && under2.Char == overline.Char && !TextLines.IsBlank(lines[i + 1].Text) && !IsAdornment(i + 1, out _))
        {
            // An overlined and underlined title: the text line is the heading, both adornments rules.
            depth.Reset();
            result[i + 1] = Line(lines, i + 1, OutlineKind.Heading, Level(overline.Char, true), InlineMarkup.Strip(lines[i + 1].Text.Trim()), 0);
            result[i + 2] = Line(lines, i + 2, OutlineKind.Rule, 0, "", 0);
            return Line(lines, i, OutlineKind.Rule, 0, "", 0);
        }

        if (IsAdornment(i, out var adornment))
        {
            // An adornment that is no title's: a transition (----) or a stray line of punctuation.
            return adornment.Length >= 2 ? Line(lines, i, OutlineKind.Rule, 0, "", indent) : Line(lines, i, OutlineKind.Text, depth.Text(indent), content, indent);
        }

        if (indent == 0 && IsAdornment(i + 1, out var underline) && underline.Length >= Math.Min(2, content.Length)
            && BulletSyntax.ReadItem(content) is null)
        {
            depth.Reset();
            result[i + 1] = Line(lines, i + 1, OutlineKind.Rule, 0, "", 0);
            return Line(lines, i, OutlineKind.Heading, Level(underline.Char, false), InlineMarkup.Strip(content), 0);
        }

        if (content.StartsWith("..", StringComparison.Ordinal) && (content.Length == 2 || content[2] == ' '))
        {
            inDirective = true;
            directiveIndent = indent;
            return Line(lines, i, OutlineKind.Directive, 0, content, indent);
        }

        if (content[0] == ':' && FieldSyntax.RstField.ReadLine(content) is { WasSuccessful: true } field)
        {
            return Line(lines, i, OutlineKind.Field, 0, field.Value.Value, indent) with { Key = field.Value.Key };
        }

        if (BulletSyntax.ReadItem(content) is { } item)
        {
            return Line(lines, i, OutlineKind.Item, depth.Item(indent), InlineMarkup.Strip(item), indent);
        }

        if (indent == 0)
        {
            depth.Reset();
        }

        return Line(lines, i, OutlineKind.Text, depth.Text(indent), InlineMarkup.Strip(content), indent);
    }

    private static OutlineLine Marked(
        Parser<(int Level, string Text)> heading, List<(int Offset, string Text)> lines, int i, int indent, string content, IndentDepth depth,
        Parser<(string Key, string Value)>? keyword)
    {
        if (indent == 0 && heading.ReadLine(content) is { WasSuccessful: true } h)
        {
            depth.Reset();
            return Line(lines, i, OutlineKind.Heading, h.Value.Level, InlineMarkup.Strip(h.Value.Text), 0);
        }

        if (keyword is not null && keyword.ReadLine(content) is { WasSuccessful: true } k)
        {
            return Line(lines, i, OutlineKind.Field, 0, k.Value.Value, indent) with { Key = k.Value.Key };
        }

        if (content[0] == ':' && content.Length > 1 && !char.IsWhiteSpace(content[1]))
        {
            // RD's :label metadata: the label, then its value after white space.
            int space = content.IndexOf(' ');
            return Line(lines, i, OutlineKind.Field, 0, space < 0 ? "" : content.Substring(space + 1).Trim(), indent)
                with { Key = space < 0 ? content.Substring(1) : content.Substring(1, space - 1) };
        }

        return PlainLine(lines, i, indent, content, depth, indentOutline: false);
    }

    private static OutlineLine HikiLine(List<(int Offset, string Text)> lines, int i, int indent, string content, IndentDepth depth)
    {
        if (indent == 0 && content[0] == '!' && MarkedHeadingSyntax.Hiki.ReadLine(content) is { WasSuccessful: true } h)
        {
            return Line(lines, i, OutlineKind.Heading, h.Value.Level, InlineMarkup.Strip(h.Value.Text), 0);
        }

        if (indent == 0 && BulletSyntax.HikiItem.ReadLine(content) is { WasSuccessful: true } item)
        {
            return Line(lines, i, OutlineKind.Item, item.Value.Depth, InlineMarkup.Strip(item.Value.Text), 0);
        }

        return PlainLine(lines, i, indent, content, depth, indentOutline: false);
    }

    private static OutlineLine PlainLine(List<(int Offset, string Text)> lines, int i, int indent, string content, IndentDepth depth, bool indentOutline)
    {
        if (BulletSyntax.ReadItem(content) is { } item)
        {
            return Line(lines, i, OutlineKind.Item, depth.Item(indent), InlineMarkup.Strip(item), indent);
        }

        if (indentOutline && indent > 0)
        {
            return Line(lines, i, OutlineKind.Item, depth.Item(indent), InlineMarkup.Strip(content), indent);
        }

        if (indent == 0)
        {
            depth.Reset();
        }

        return Line(lines, i, OutlineKind.Text, depth.Text(indent), InlineMarkup.Strip(content), indent);
    }
}
