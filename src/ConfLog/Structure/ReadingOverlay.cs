using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ConfLog.Lines;
using ConfLog.Outline;
using ConfLog.Reading;

namespace ConfLog.Structure;

/// <summary>
/// The reader's decisions as line syntaxes, by line number: its talk headers, its day, group and section headings, its
/// breaks, and the questions and answers it paired. The line pipeline reads every line as always (items, spans,
/// diagnostics and the lossless text stay its own); where the overlay has a line, its syntax replaces the grammar's,
/// and only these lines open sessions.
/// </summary>
internal sealed class ReadingOverlay
{
    // A question or answer marker at the start of a bullet's text: "Q:", "Q1.", "A2：", "質問:", "**Question:**".
    private static readonly Regex LeadingMarker = new(
        @"^\s*(?:\*\*|__)?(?:Q\d*|A\d*|質問\d*|回答\d*|答え|Question|Answer)\s*(?:\*\*|__)?\s*[:：.．)）]\s*(?:\*\*|__)?\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // The answer's marker inside a one-line exchange: "Q: why? A: because".
    private static readonly Regex InnerAnswer = new(
        @"(?:^|[\s　。？?）)])(?:\*\*|__)?(?:A\d*|回答|答え|Answer)\s*(?:\*\*|__)?\s*[:：]\s*",
        RegexOptions.CultureInvariant);

    private readonly Dictionary<int, LineSyntax> _lines = new();

    private ReadingOverlay(ReadNotes notes) => Notes = notes;

    /// <summary>Gets what the reader found.</summary>
    public ReadNotes Notes { get; }

    /// <summary>Makes the overlay of what the reader found in <paramref name="lines"/>.</summary>
    /// <param name="notes">The reader's decisions.</param>
    /// <param name="lines">The text's lines, to place the questions' and answers' texts in.</param>
    /// <returns>The overlay.</returns>
    public static ReadingOverlay Of(ReadNotes notes, IReadOnlyList<Text.SourceLine> lines)
    {
        var overlay = new ReadingOverlay(notes);
        var outline = new Dictionary<int, OutlineLine>();
        foreach (var line in notes.Outline.Lines)
        {
            if (!outline.ContainsKey(line.Line))
            {
                outline[line.Line] = line;
            }
        }

        int LevelOf(int line) => outline.TryGetValue(line, out var o) ? Math.Max(1, o.Level) : 1;

        foreach (var heading in notes.Sections)
        {
            // The document's title is left as the grammar read it: a first "# heading" is the event's title there.
            if (heading.Role is HeadingRole.Group or HeadingRole.Section)
            {
                overlay._lines[heading.Line] = new ReadHeadingLine(heading.Text, LevelOf(heading.Line), Why($"{RoleName(heading.Role)}: {heading.Evidence.Rule}", heading.Evidence));
            }
        }

        foreach (var day in notes.Days)
        {
            overlay._lines[day.Line] = new ReadHeadingLine(day.Text, LevelOf(day.Line), new Model.Evidence("day: day heading", day.Line, day.Date ?? day.Text));
        }

        foreach (var pause in notes.Breaks)
        {
            overlay._lines[pause.Line] = new ReadBreakLine(pause.Text, Why("break: " + pause.Evidence.Rule, pause.Evidence));
        }

        foreach (var talk in notes.Talks)
        {
            var day = talk.DayIndex >= 0 && talk.DayIndex < notes.Days.Count ? notes.Days[talk.DayIndex] : null;
            int level = outline.TryGetValue(talk.Line, out var header) && header.Kind == OutlineKind.Heading ? header.Level : int.MaxValue;
            overlay._lines[talk.Line] = new ReadTalkLine(talk, day, level);
            foreach (var exchange in talk.Exchanges)
            {
                overlay.AddExchange(exchange, lines);
            }
        }

        return overlay;
    }

    /// <summary>Gets what the reader made of a line, or null where the line grammar's reading stands.</summary>
    /// <param name="line">The 1-based line number.</param>
    /// <returns>The syntax, or null.</returns>
    public LineSyntax? At(int line) => _lines.TryGetValue(line, out var syntax) ? syntax : null;

    // The reader's reason, as the model's, its rule led by what the heading was taken for ("section: …").
    private static Model.Evidence Why(string rule, Evidence evidence) => new(rule, evidence.Line, evidence.Detail);

    private static string RoleName(HeadingRole role) => role == HeadingRole.Group ? "group" : "section";

    private void AddExchange(ReadExchange exchange, IReadOnlyList<Text.SourceLine> lines)
    {
        if (!InText(exchange.QuestionLine, lines) || _lines.ContainsKey(exchange.QuestionLine))
        {
            return;
        }

        string question = lines[exchange.QuestionLine - 1].Text;
        var (text, answer) = QuestionParts(question, exchange.AnswerLines.Contains(exchange.QuestionLine));
        _lines[exchange.QuestionLine] = new ReadQuestionLine(text, answer);
        foreach (int line in exchange.AnswerLines)
        {
            if (line != exchange.QuestionLine && InText(line, lines) && !_lines.ContainsKey(line))
            {
                _lines[line] = new ReadAnswerLine(ContentOf(lines[line - 1].Text));
            }
        }
    }

    private static bool InText(int line, IReadOnlyList<Text.SourceLine> lines) => line >= 1 && line <= lines.Count;

    // The question, and the answer when it shares the line: split at the answer's marker, or, failing that, the whole
    // content is the question and the answer both (each is then the line's text, as the reader saw it).
    private static (LinePart Question, LinePart? Answer) QuestionParts(string line, bool oneLine)
    {
        var content = ContentOf(line);
        if (!oneLine)
        {
            return (content, null);
        }

        var inner = InnerAnswer.Match(line, content.Index);
        if (inner.Success && inner.Index + inner.Length < line.Length)
        {
            int at = inner.Index + inner.Length;
            var question = LinePart.In(line, content.Index, Math.Max(0, inner.Index - content.Index)).Trim();
            var answer = LinePart.In(line, at, line.Length - at).Trim();
            return (question, answer);
        }

        return (content, content);
    }

    // A bullet's or line's text without its indentation, bullet marker, and question or answer marker.
    private static LinePart ContentOf(string line)
    {
        int at = 0;
        while (at < line.Length && char.IsWhiteSpace(line[at]))
        {
            at++;
        }

        // Hiki writes a list's depth as a run of glyphs ("** A: because"), read by the outline's own rule; "**bold**"
        // has no space after its run.
        if (at + 1 < line.Length && line[at] == '*' && line[at + 1] == '*' && BulletSyntax.HikiMarks(new LineInput(line, at)) is { WasSuccessful: true } marks)
        {
            at = marks.Remainder.Position;
        }
        else if (at + 1 < line.Length && (line[at] is '-' or '*' or '+' or '・' or '•' or '○' or '◯') && char.IsWhiteSpace(line[at + 1]))
        {
            at += 2;
        }
        else if (at < line.Length && line[at] is '・' or '•')
        {
            at++;
        }

        var marker = LeadingMarker.Match(line, at, line.Length - at);
        if (marker.Success && marker.Index == at && marker.Index + marker.Length < line.Length)
        {
            at = marker.Index + marker.Length;
        }

        return LinePart.In(line, at, line.Length - at).Trim();
    }
}
