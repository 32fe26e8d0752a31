using Sprache;
using static ConfLog.Lines.TextRuns;

namespace ConfLog.Lines;

/// <summary>Bullets and the lines built on them: labelled bullets, questions and answers.</summary>
public static class BulletGrammar
{
    /// <summary>The longest label a labelled bullet may have; a longer run before a colon is a sentence, not a label.</summary>
    public const int MaxLabelLength = 32;

    /// <summary>
    /// The marker of a bullet, after any indentation: <c>-</c>, <c>*</c>, <c>+</c> or <c>•</c> followed by
    /// white space or the end of the line, or <c>・</c> followed by anything. <c>---</c> and <c>**bold**</c> are not bullets.
    /// </summary>
    public static readonly Parser<LinePart> BulletMarker =
        (from indent in Spaces
         from marker in Run(c => c == '・', "bullet marker", minLength: 1).Or(
             from ascii in Run(c => c is '-' or '*' or '+' or '•', "bullet marker", minLength: 1)
             where ascii.Length == 1
             from gap in Parse.Char(IsSpace, "space").Return(0).Or(Parse.Return(0).End())
             select ascii)
         where marker.Length == 1
         select marker).Named("bullet marker");

    // Consumes the marker and the white space after it: what every bullet-based line starts with.
    internal static readonly Parser<LinePart> BulletStart =
        from marker in BulletMarker
        from gap in Spaces
        select marker;

    /// <summary>
    /// The label of a labelled bullet, up to its colon: <c>資料</c> in <c>- 資料: そのうち公開</c>, <c>TinyVisor</c> in
    /// <c>- TinyVisor:別に開発</c>. Not a label: the scheme of a URL (<c>http</c> in <c>- http://x</c>), a clock time
    /// (<c>10</c> in <c>- 10:30 開始</c>), or more than <see cref="MaxLabelLength"/> characters.
    /// </summary>
    public static readonly Parser<LinePart> Label =
        (from label in Run(c => c != ':' && c != '：', "label")
         where label.Length <= MaxLabelLength && !IsSpace(label.Text[0])
         from colon in Ahead(IsLabelColon, "colon")
         select label).Named("label");

    /// <summary>A bullet of any kind but a question or an answer: <c>- text</c>, <c>- 資料: text</c>, <c>- デモ:</c>.</summary>
    public static readonly Parser<BulletLine> Bullet =
        (from marker in BulletStart
         from labelled in
             (from label in Label
              from colon in Colon
              from gap in Spaces
              select label).Optional()
         from text in RestOfLine
         select new BulletLine(marker, labelled.GetOrDefault(), text.TrimEnd())).End().Named("bullet");

    /// <summary>A question: <c>- Q: 日本語ポストは?</c>; <c>- Q:</c> alone is a question with empty text.</summary>
    public static readonly Parser<QuestionLine> Question =
        (from marker in BulletStart
         from q in Parse.Char('Q')
         from colon in Colon
         from gap in Spaces
         from text in RestOfLine
         select new QuestionLine(marker, text.TrimEnd())).End().Named("question");

    /// <summary>An answer: <c>- A: URLエンコーディングを実装したらできるはず。</c>.</summary>
    public static readonly Parser<AnswerLine> Answer =
        (from marker in BulletStart
         from a in Parse.Char('A')
         from colon in Colon
         from gap in Spaces
         from text in RestOfLine
         select new AnswerLine(marker, text.TrimEnd())).End().Named("answer");

    // A colon that opens a label's text: not the "://" of a URL, not the colon inside a clock time.
    private static bool IsLabelColon(string line, int i)
    {
        if (line[i] != ':' && line[i] != '：')
        {
            return false;
        }

        bool url = i + 2 < line.Length && line[i + 1] == '/' && line[i + 2] == '/';
        bool time = i > 0 && i + 1 < line.Length && char.IsDigit(line[i - 1]) && char.IsDigit(line[i + 1]);
        return !url && !time;
    }

}
