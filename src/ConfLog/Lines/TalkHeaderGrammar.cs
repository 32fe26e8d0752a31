using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>The line that opens a talk: <c>Title / Speaker(Affiliation)</c>.</summary>
public static class TalkHeaderGrammar
{
    /// <summary>The longest speaker name accepted; a longer run after <c> / </c> is a sentence.</summary>
    public const int MaxSpeakerNameLength = 60;

    /// <summary>
    /// What separates speakers in a header: <c>, </c>, <c>，</c>, <c>、</c>, <c> &amp; </c> or <c> and </c>, with the white space around it.
    /// </summary>
    public static readonly Parser<string> SpeakerSeparator =
        (from before in Spaces
         from separator in Parse.Chars(',', '，', '、', '&').Once().Text().Or(Parse.String("and").Text())
         from after in Spaces
         select separator).Named("speaker separator");

    /// <summary>
    /// The affiliation after a speaker's name, in ASCII or full-width parentheses, a space before it or not:
    /// <c>東京大学</c> in <c>品川高廣(東京大学)</c>, <c>Acme</c> in <c>Sam Lee (Acme)</c>.
    /// </summary>
    public static readonly Parser<LinePart> Affiliation =
        (from gap in Spaces
         from affiliation in Parenthesized
         select affiliation.Trim()).Named("affiliation");

    /// <summary>One speaker: <c>品川高廣(東京大学)</c>, <c>Sam Lee (Acme)</c>, <c>島田恭平</c>.</summary>
    public static readonly Parser<SpeakerPart> Speaker =
        (from name in RunUntil(EndsSpeakerName, "speaker name").Select(p => p.Trim())
         where name.Length > 0 && name.Length <= MaxSpeakerNameLength && name.Text.IndexOf('。') < 0
         from affiliation in Affiliation.Optional()
         select new SpeakerPart(name, affiliation.GetOrDefault())).Named("speaker");

    /// <summary>
    /// A talk header: <c>BitVisorの現状と今後 / 品川高廣(東京大学)</c>. The title is everything before the last
    /// <c> / </c>, so it may hold <c>/</c>, <c> - </c> or <c>:</c> itself; several speakers are separated by a
    /// <see cref="SpeakerSeparator"/>. <c>Title / </c> with no speaker still parses, with no speakers.
    /// </summary>
    public static readonly Parser<TalkHeaderLine> TalkHeader =
        (from title in UpToLast(" / ", "title").Select(p => p.Trim())
         from separator in Parse.String(" / ")
         from gap in Spaces
         from speakers in Speaker.DelimitedBy(SpeakerSeparator).Optional()
         from trailing in Spaces
         select new TalkHeaderLine(title, ToArray(speakers))).End().Named("talk header");

    private static bool EndsSpeakerName(string line, int i) =>
        line[i] is '(' or '（' or ',' or '，' or '、' or '&'
        || (line[i] == ' ' && string.CompareOrdinal(line, i, " and ", 0, 5) == 0);

    private static ImmutableArray<SpeakerPart> ToArray(IOption<IEnumerable<SpeakerPart>> speakers) =>
        speakers.IsDefined ? speakers.Get().ToImmutableArray() : ImmutableArray<SpeakerPart>.Empty;

}
