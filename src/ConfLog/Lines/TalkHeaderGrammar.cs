using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConfLog.Text;
using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>
/// The line that opens a talk: <c>Title / Speaker(Affiliation)</c>. The static fields read the default
/// speaker separators; <see cref="TalkHeaderOf"/> builds the same parser for others.
/// </summary>
public static class TalkHeaderGrammar
{
    /// <summary>The longest speaker name accepted; a longer run after <c> / </c> is a sentence.</summary>
    public const int MaxSpeakerNameLength = 60;

    /// <summary>The speaker separators read by default: <c>,</c>, <c>，</c>, <c>、</c>, <c>&amp;</c> and the word <c>and</c>.</summary>
    public static readonly ImmutableArray<string> DefaultSpeakerSeparators = ImmutableArray.Create(",", "，", "、", "&", "and");

    /// <summary>
    /// What separates speakers in a header: <c>, </c>, <c>，</c>, <c>、</c>, <c> &amp; </c> or <c> and </c>, with the white space around it.
    /// </summary>
    public static readonly Parser<string> SpeakerSeparator = SpeakerSeparatorOf(DefaultSpeakerSeparators);

    /// <summary>
    /// The affiliation after a speaker's name, in ASCII or full-width parentheses, a space before it or not:
    /// <c>東京大学</c> in <c>品川高廣(東京大学)</c>, <c>Acme</c> in <c>Sam Lee (Acme)</c>.
    /// </summary>
    public static readonly Parser<LinePart> Affiliation =
        (from gap in Spaces
         from affiliation in Parenthesized
         select affiliation.Trim()).Named("affiliation");

    /// <summary>One speaker: <c>品川高廣(東京大学)</c>, <c>Sam Lee (Acme)</c>, <c>島田恭平</c>.</summary>
    public static readonly Parser<SpeakerPart> Speaker = SpeakerOf(DefaultSpeakerSeparators);

    /// <summary>
    /// A talk header: <c>BitVisorの現状と今後 / 品川高廣(東京大学)</c>. The title is everything before the last
    /// <c> / </c>, so it may hold <c>/</c>, <c> - </c> or <c>:</c> itself; several speakers are separated by a
    /// <see cref="SpeakerSeparator"/>. <c>Title / </c> with no speaker still parses, with no speakers.
    /// </summary>
    public static readonly Parser<TalkHeaderLine> TalkHeader = TalkHeaderOf(DefaultSpeakerSeparators);

    /// <summary>Builds the speaker separator for <paramref name="separators"/>: punctuation, or words that stand between spaces.</summary>
    /// <param name="separators">The separators, such as <c>,</c> or <c>and</c>.</param>
    /// <returns>A parser of one separator with the white space around it.</returns>
    public static Parser<string> SpeakerSeparatorOf(IEnumerable<string> separators)
    {
        var all = Separators(separators);
        return input =>
        {
            var rest = Spaces(input).Remainder;
            foreach (string separator in all)
            {
                if (string.CompareOrdinal(rest.Source, rest.Position, separator, 0, separator.Length) == 0)
                {
                    var after = LineInput.Skip(rest, separator.Length);
                    bool word = char.IsLetter(separator[0]);
                    if (!word || (rest.Position > input.Position && !after.AtEnd && IsSpace(after.Current)))
                    {
                        return Result.Success(separator, Spaces(after).Remainder);
                    }
                }
            }

            return Result.Failure<string>(input, "no speaker separator", SeparatorExpected);
        };
    }

    /// <summary>Builds the parser of one speaker whose name ends at any of <paramref name="separators"/>.</summary>
    /// <param name="separators">The speaker separators.</param>
    /// <returns>A parser of a speaker and their affiliation.</returns>
    public static Parser<SpeakerPart> SpeakerOf(IEnumerable<string> separators)
    {
        var separator = SpeakerSeparatorOf(separators);

        // The name stops at its affiliation, at punctuation that separates, or at the one space before a word that does.
        bool Ends(string line, int i) =>
            line[i] is '(' or '（'
            || (separator(new LineInput(line, i)) is { WasSuccessful: true } found
                && (!IsSpace(line[i]) || (char.IsLetter(found.Value[0]) && !IsSpace(line[i + 1]))));

        return (from name in RunUntil(Ends, "speaker name").Select(p => p.Trim())
                where name.Length > 0 && name.Length <= MaxSpeakerNameLength && name.Text.IndexOf('。') < 0
                from affiliation in Affiliation.Optional()
                select new SpeakerPart(name, affiliation.OrNone())).Named("speaker");
    }

    /// <summary>Builds the talk header parser for speakers separated by <paramref name="separators"/>.</summary>
    /// <param name="separators">The speaker separators.</param>
    /// <returns>A parser of talk header lines.</returns>
    public static Parser<TalkHeaderLine> TalkHeaderOf(IEnumerable<string> separators)
    {
        var all = Separators(separators);
        return (from title in UpToLast(" / ", "title").Select(p => p.Trim())
                from separator in Parse.String(" / ")
                from gap in Spaces
                from speakers in SpeakerOf(all).DelimitedBy(SpeakerSeparatorOf(all)).Optional()
                from trailing in Spaces
                select new TalkHeaderLine(title, ToArray(speakers))).End().Named("talk header");
    }

    private static readonly string[] SeparatorExpected = { "speaker separator" };

    internal static string[] Separators(IEnumerable<string> separators) =>
        Guard.NotNull(separators, nameof(separators)).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().OrderByDescending(s => s.Length).ToArray();

    private static ImmutableArray<SpeakerPart> ToArray(IOption<IEnumerable<SpeakerPart>> speakers) =>
        speakers.IsDefined ? speakers.Get().ToImmutableArray() : ImmutableArray<SpeakerPart>.Empty;

    /// <summary>
    /// <see cref="TalkHeaderOf"/> in one pass, as the dispatch runs it (on the line where it stands, with no Sprache
    /// input or result): the title up to the last <c> / </c>, then speakers between separators, then white space to the
    /// end of the line.
    /// </summary>
    internal static LineScan TalkHeaderScanOf(IEnumerable<string> separators) =>
        new SpeakerReader(Separators(separators)).Read;

    // The speakers of a header by index, for one dialect's separators.
    private sealed class SpeakerReader
    {
        private readonly string[] _separators;

        public SpeakerReader(string[] separators) => _separators = separators;

        public TalkHeaderLine? Read(LineText s, int p0)
        {
            int at = s.LastIndexOf(" / ");
            if (at < p0)
            {
                return null;
            }

            var title = OnePass.Trimmed(s, p0, at);
            int p = SkipSpaces(s, at + 3);
            var speakers = ImmutableArray<SpeakerPart>.Empty;
            var first = Speaker(s, p, out int afterFirst);
            if (first is not null)
            {
                p = afterFirst;
                ImmutableArray<SpeakerPart>.Builder? more = null;
                while (true)
                {
                    int q = Separator(s, p);
                    var speaker = q < 0 ? null : Speaker(s, q, out q);
                    if (speaker is null)
                    {
                        break;
                    }

                    more ??= ImmutableArray.CreateBuilder<SpeakerPart>();
                    if (more.Count == 0)
                    {
                        more.Add(first);
                    }

                    more.Add(speaker);
                    p = q;
                }

                speakers = more is null ? ImmutableArray.Create(first) : more.ToImmutable();
            }

            return SkipSpaces(s, p) == s.Length ? new TalkHeaderLine(title, speakers) : null;
        }

        // A name up to its affiliation or a separator, then an optional affiliation; end is after what was read.
        private SpeakerPart? Speaker(LineText s, int p, out int end)
        {
            int n = s.Length;
            int q = p;
            while (q < n && !EndsName(s, q))
            {
                q++;
            }

            end = p;
            var name = OnePass.Trimmed(s, p, q);
            if (name.Length == 0 || name.Length > MaxSpeakerNameLength || s.IndexOf('。', name.Index, name.Length) >= 0)
            {
                return null;
            }

            LinePart? affiliation = null;
            end = q;
            int open = SkipSpaces(s, q);
            if (open < n && (s[open] == '(' || s[open] == '（'))
            {
                int close = open + 1;
                while (close < n && s[close] != ')' && s[close] != '）')
                {
                    close++;
                }

                if (close < n)
                {
                    affiliation = OnePass.Trimmed(s, open + 1, close);
                    end = close + 1;
                }
            }

            return new SpeakerPart(name, affiliation);
        }

        // The index after the separator at p and the white space around it, or -1: a word needs white space each side.
        private int Separator(LineText s, int p)
        {
            int rest = SkipSpaces(s, p);
            foreach (string separator in _separators)
            {
                if (OnePass.StartsWith(s, rest, separator))
                {
                    int after = rest + separator.Length;
                    if (!char.IsLetter(separator[0]) || (rest > p && after < s.Length && IsSpace(s[after])))
                    {
                        return SkipSpaces(s, after);
                    }
                }
            }

            return -1;
        }

        // A name runs to its affiliation or to a separator: punctuation anywhere, a word only between spaces.
        private bool EndsName(LineText line, int i)
        {
            if (line[i] is '(' or '（')
            {
                return true;
            }

            foreach (string separator in _separators)
            {
                if (char.IsLetter(separator[0]))
                {
                    if (IsSpace(line[i]) && i + 1 + separator.Length < line.Length
                        && OnePass.StartsWith(line, i + 1, separator)
                        && IsSpace(line[i + 1 + separator.Length]))
                    {
                        return true;
                    }
                }
                else if (OnePass.StartsWith(line, i, separator))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
