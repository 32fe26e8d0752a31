using System;
using System.Collections.Generic;
using ConfLog.Outline;

namespace ConfLog.Reading;

/// <summary>
/// Finds answered questions in a talk's lines: marked (<c>Q:</c> then <c>A:</c>, on one line or several, at any depth),
/// under a lead-in (<c>Q&amp;A</c>, <c>質疑応答</c>, <c>Questions</c>) where each question is a bullet and its answers the bullets
/// nested under it, or a bullet that asks (ends with <c>?</c>) with answers nested under it. A question with no answer is
/// not an exchange. One pass over the lines.
/// </summary>
internal static class QaReader
{
    /// <summary>The exchanges in <paramref name="lines"/> from index <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public static List<ReadExchange> Read(IReadOnlyList<OutlineLine> lines, int from, int to) => Read(lines, from, to, new LeadIns(lines));

    /// <summary>
    /// The exchanges in <paramref name="lines"/> from index <paramref name="from"/> to <paramref name="to"/> (exclusive),
    /// with the lead-ins of every read of these lines: the reader reads each line's exchanges several times over (for
    /// each heading's body, for each talk).
    /// </summary>
    public static List<ReadExchange> Read(IReadOnlyList<OutlineLine> lines, int from, int to, LeadIns leadIns)
    {
        var found = new List<ReadExchange>();
        int pendingQ = -1;
        int pendingDepth = 0;
        var answers = new List<int>();
        int leadDepth = -2; // the depth questions are at under a lead-in; -2 when not under one

        void Close(string rule)
        {
            if (pendingQ >= 0 && answers.Count > 0)
            {
                found.Add(new ReadExchange(lines[pendingQ].Line, answers.ToArray(), rule));
            }

            pendingQ = -1;
            answers.Clear();
        }

        string pendingRule = "";
        for (int i = from; i < to && i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind is OutlineKind.Blank or OutlineKind.Rule or OutlineKind.Code or OutlineKind.Directive)
            {
                continue;
            }

            string text = line.Text;
            int depth = line.Kind == OutlineKind.Heading ? -1 : line.Level;
            if (line.Kind == OutlineKind.Heading && !leadIns.At(i))
            {
                Close(pendingRule);
                leadDepth = -2;
                continue;
            }

            if (leadIns.At(i) && QaMarkers.ReadQuestion(text) is not { Length: > 0 })
            {
                Close(pendingRule);
                bool hasChildren = NextContent(lines, i + 1, to) is { } next && lines[next].Kind == OutlineKind.Item && lines[next].Level > Math.Max(depth, -1)
                    && (line.Kind != OutlineKind.Item || lines[next].Level > depth);
                leadDepth = line.Kind == OutlineKind.Item
                    ? (hasChildren ? depth + 1 : depth)
                    : (NextContent(lines, i + 1, to) is { } n2 ? lines[n2].Level : 0);
                if (line.Kind == OutlineKind.Item && QaMarkers.HasInlineAnswer(text))
                {
                    found.Add(new ReadExchange(line.Line, new[] { line.Line }, "Q&A: … A: … on one line"));
                }

                continue;
            }

            if (leadDepth > -2 && depth < leadDepth && !(line.Kind == OutlineKind.Text && depth == 0 && leadDepth == 0))
            {
                Close(pendingRule);
                leadDepth = -2;
            }

            if (QaMarkers.IsInlineExchange(text))
            {
                Close(pendingRule);
                found.Add(new ReadExchange(line.Line, new[] { line.Line }, "Q: … A: … inside one line"));
                continue;
            }

            if (QaMarkers.ReadQuestion(text) is { } question)
            {
                Close(pendingRule);
                if (QaMarkers.HasInlineAnswer(text) || (text.StartsWith("Question", StringComparison.OrdinalIgnoreCase) && question.Length > 0 && !question.EndsWith("?", StringComparison.Ordinal) && text.IndexOf(':') < text.Length - 1 && !text.StartsWith("Question:", StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(new ReadExchange(line.Line, new[] { line.Line }, "Q: … A: … on one line"));
                    continue;
                }

                pendingQ = i;
                pendingDepth = depth;
                pendingRule = "Q: then A:";
                continue;
            }

            if (QaMarkers.ReadAnswer(text) is not null)
            {
                if (pendingQ >= 0)
                {
                    answers.Add(line.Line);
                }

                continue;
            }

            if (pendingQ >= 0 && answers.Count > 0 && line.Kind == OutlineKind.Item && depth > pendingDepth + 1 && IsAsking(text))
            {
                // A question nested under an answer is a follow-up: a question of its own, whose answers are nested under it.
                Close(pendingRule);
                pendingQ = i;
                pendingDepth = depth;
                pendingRule = "follow-up question under an answer, answers nested";
                continue;
            }

            if (pendingQ >= 0 && depth > pendingDepth && line.Kind != OutlineKind.Heading && (pendingRule != "Q: then A:" || answers.Count > 0 || line.Kind == OutlineKind.Item))
            {
                answers.Add(line.Line);
                continue;
            }

            if (leadDepth > -2 && line.Kind == OutlineKind.Item && depth == leadDepth)
            {
                Close(pendingRule);
                if (AsksAndAnswers(text))
                {
                    found.Add(new ReadExchange(line.Line, new[] { line.Line }, "question with its answer on one line under a Q&A lead-in"));
                    continue;
                }

                pendingQ = i;
                pendingDepth = depth;
                pendingRule = "question bullet under a Q&A lead-in, answers nested";
                continue;
            }

            if (line.Kind == OutlineKind.Item && IsAsking(text) && NextContent(lines, i + 1, to) is { } child && lines[child].Kind == OutlineKind.Item
                && lines[child].Level > depth)
            {
                Close(pendingRule);
                pendingQ = i;
                pendingDepth = depth;
                pendingRule = "question bullet, answers nested";
                continue;
            }

            if (pendingQ >= 0 && pendingRule == "Q: then A:" && answers.Count == 0 && line.Kind == OutlineKind.Text && lines[pendingQ].Kind == OutlineKind.Text
                && depth == pendingDepth && !IsAsking(text))
            {
                // "Q: …" as a paragraph, then a paragraph that is no question: the answer, written without its "A:".
                answers.Add(line.Line);
                Close("Q: then an unmarked answer paragraph");
                continue;
            }

            if (pendingQ >= 0 && depth <= pendingDepth)
            {
                Close(pendingRule);
            }
        }

        Close(pendingRule);
        return found;
    }

    /// <summary>Which lines of an outline are Q/A lead-ins (<see cref="HeadingWords.IsQaLeadIn"/>), each asked once.</summary>
    internal sealed class LeadIns
    {
        private readonly IReadOnlyList<OutlineLine> _lines;
        private readonly sbyte[] _known; // 0: not asked yet, 1: no, 2: yes

        /// <summary>Initializes the answers for <paramref name="lines"/>, none asked yet.</summary>
        public LeadIns(IReadOnlyList<OutlineLine> lines)
        {
            _lines = lines;
            _known = new sbyte[lines.Count];
        }

        /// <summary>Whether the line at <paramref name="index"/> is a Q/A lead-in.</summary>
        public bool At(int index)
        {
            if (_known[index] == 0)
            {
                _known[index] = HeadingWords.IsQaLeadIn(_lines[index].Text) ? (sbyte)2 : (sbyte)1;
            }

            return _known[index] == 2;
        }
    }

    private static bool IsAsking(string text)
    {
        string t = text.TrimEnd();
        return t.EndsWith("?", StringComparison.Ordinal) || t.EndsWith("？", StringComparison.Ordinal);
    }

    // "Question? Answer.": a question mark followed by more words on the same bullet.
    private static bool AsksAndAnswers(string text)
    {
        int q = text.IndexOfAny(new[] { '?', '？' });
        return q > 0 && text.Substring(q + 1).Trim().Length >= 3;
    }

    private static int? NextContent(IReadOnlyList<OutlineLine> lines, int from, int to)
    {
        for (int i = from; i < to && i < lines.Count; i++)
        {
            if (lines[i].Kind is not (OutlineKind.Blank or OutlineKind.Rule))
            {
                return i;
            }
        }

        return null;
    }
}
