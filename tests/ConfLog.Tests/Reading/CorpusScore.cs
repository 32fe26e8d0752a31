using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConfLog.Reading;

namespace ConfLog.Tests.Reading;

// The corpus scorer (../shared/tools/score-corpus) done again in C# over NotesReader: each annotated talk is matched with
// the nearest unused read talk within 3 lines of its header line; title and speakers are compared after the scorer's
// normalisation (NFKC, case, white space, quotes, emphasis, honorifics, a leading @); read talks matched by none are false.
internal sealed record FileScore(string File, string Repository, int Talks, int Found, int Right, int False, int ExchangesWanted, int ExchangesFound);

// One talk as a reading gives it to the scorer: its header line, title, speakers' names and number of exchanges.
internal sealed record ScoredTalk(int Line, string? Title, IReadOnlyList<string?> Speakers, int Exchanges);

internal static class CorpusScore
{
    private const string Quotes = "「」『』\"“”‘’'`*_【】";
    private static readonly string[] Honorifics = { "さん", "氏", "先生", "様" };

    public static IReadOnlyList<FileScore> Run() =>
        Run(file =>
        {
            var read = NotesReader.Read(Corpus.Text(file));
            return read.Talks.Select(t => new ScoredTalk(t.Line, t.Title, t.Speakers.Select(s => s.Name).ToList(), t.Exchanges.Count)).ToList();
        });

    // The same scoring over any reading of the files, given as the talks it finds in each (ConferenceLog.Load's, say).
    public static IReadOnlyList<FileScore> Run(Func<string, IReadOnlyList<ScoredTalk>> read)
    {
        using var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus.Folder, "facts.json")));
        var scores = new List<FileScore>();
        foreach (var record in facts.RootElement.EnumerateArray())
        {
            string file = record.GetProperty("file").GetString()!;
            string repo = record.TryGetProperty("source", out var source) && source.TryGetProperty("repo", out var r) ? r.GetString() ?? "?" : "?";
            scores.Add(Score(file, repo, record.GetProperty("talks"), read(file)));
        }

        return scores;
    }

    private static FileScore Score(string file, string repo, JsonElement wanted, IReadOnlyList<ScoredTalk> talks)
    {
        var used = new HashSet<int>();
        int count = 0, found = 0, right = 0, exWanted = 0, exFound = 0;
        foreach (var want in wanted.EnumerateArray())
        {
            count++;
            int line = want.GetProperty("line").GetInt32();
            int ex = want.TryGetProperty("exchanges", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : 0;
            exWanted += ex;
            int best = -1, distance = 99;
            for (int i = 0; i < talks.Count; i++)
            {
                int d = Math.Abs(talks[i].Line - line);
                if (!used.Contains(i) && d <= 3 && d < distance)
                {
                    (best, distance) = (i, d);
                }
            }

            if (best < 0)
            {
                continue;
            }

            used.Add(best);
            found++;
            var talk = talks[best];
            string? title = want.GetProperty("title").ValueKind == JsonValueKind.String ? want.GetProperty("title").GetString() : null;
            var wantNames = want.GetProperty("speakers").EnumerateArray().Select(s => NormName(s[0].GetString())).OrderBy(n => n, StringComparer.Ordinal);
            var gotNames = talk.Speakers.Select(NormName).OrderBy(n => n, StringComparer.Ordinal);
            if (NormTitle(talk.Title) == NormTitle(title) && gotNames.SequenceEqual(wantNames))
            {
                right++;
            }

            exFound += Math.Min(talk.Exchanges, ex);
        }

        return new FileScore(file, repo, count, found, right, talks.Count - used.Count, exWanted, exFound);
    }

    public static string NormTitle(string? s)
    {
        if (s is null)
        {
            return "";
        }

        s = s.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace("**", "").Replace("`", "");
        s = string.Join(" ", s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        s = s.Trim().Trim(Quotes.ToCharArray()).Trim();
        return s.Trim(" :：-–—".ToCharArray()).Trim(Quotes.ToCharArray()).Trim();
    }

    public static string NormName(string? s)
    {
        if (s is null)
        {
            return "";
        }

        s = s.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        s = new string(s.Where(c => !char.IsWhiteSpace(c)).ToArray()).Trim(Quotes.ToCharArray());
        foreach (string h in Honorifics)
        {
            if (s.EndsWith(h, StringComparison.Ordinal) && s.Length > h.Length)
            {
                s = s.Substring(0, s.Length - h.Length);
            }
        }

        return s.TrimStart('@');
    }
}
