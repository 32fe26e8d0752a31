using System;
using System.Collections.Generic;
using System.Text;
using ConfLog.Outline;

namespace ConfLog.Reading;

/// <summary>
/// A timetable: bullets that each open with a time (<c>- 13:00-13:45 「Title」</c>, <c>- 10:00 Opening</c>,
/// <c>* 13:00〜 Title (Name)</c>). It names talks by their titles and gives them times; it is a schedule, not a list of
/// talks, and the heading over it is not a talk.
/// </summary>
internal static class Timetable
{
    /// <summary>One timed bullet: its line, its times and the key of what it names.</summary>
    /// <param name="Line">The 1-based line of the bullet.</param>
    /// <param name="Start">The start time, HH:MM.</param>
    /// <param name="End">The end time, HH:MM, when written.</param>
    /// <param name="Key">The named title's <see cref="TitleKey"/>.</param>
    public sealed record Entry(int Line, string Start, string? End, string Key);

    // Fewer timed bullets than this, or fewer than this share of the bullets at the list's top level, is a note with a
    // time in it, not a schedule.
    private const int MinimumEntries = 2;

    /// <summary>
    /// The timed bullets at the top level of the bullets in lines <paramref name="from"/> to <paramref name="to"/>, when they
    /// make a timetable (at least two, and at least half of those bullets); otherwise none.
    /// </summary>
    public static List<Entry>? Find(IReadOnlyList<OutlineLine> lines, int from, int to)
    {
        int top = int.MaxValue;
        for (int i = from; i < to; i++)
        {
            if (lines[i].Kind == OutlineKind.Item)
            {
                top = Math.Min(top, lines[i].Level);
            }
        }

        if (top == int.MaxValue)
        {
            return null;
        }

        List<Entry>? entries = null;
        int items = 0;
        for (int i = from; i < to; i++)
        {
            if (lines[i].Kind != OutlineKind.Item || lines[i].Level != top)
            {
                continue;
            }

            items++;
            string text = lines[i].Text;
            // The time must open the bullet (a note that ends with a time, "demo at 13:00", is a note) and stand apart from
            // what follows it: "10:15〜 Title", "13:00-13:45 「Title」".
            if (text.Length > 0 && char.IsDigit(text[0]) && TimeForms.ReadRange(text, 0, out var range, out int stop)
                && stop < text.Length && (char.IsWhiteSpace(text[stop - 1]) || !char.IsLetterOrDigit(text[stop]) || text[stop] > 127))
            {
                string rest = text.Substring(stop).Trim().TrimStart('-', '–', ':', '|', ' ').Trim();
                if (rest.Length > 0)
                {
                    (entries ??= new List<Entry>()).Add(new Entry(lines[i].Line, range.Start, range.End, NamedKey(rest)));
                }
            }
        }

        return entries is { Count: >= MinimumEntries } && entries.Count * 2 >= items ? entries : null;
    }

    // What a timetable bullet names: the title a header form reads in it ("「Title」名前", "Title (Name)"), else the text.
    private static string NamedKey(string rest)
    {
        string title = HeaderForms.Read(rest) is { Title: { } t } ? t : rest;
        return TitleKey(title);
    }

    /// <summary>
    /// A title as a timetable and a heading both write it: lower case, letters and digits only, so that quotes, brackets,
    /// emphasis and spacing do not keep <c>「eBPF 入門」</c> from <c>eBPF入門</c>.
    /// </summary>
    public static string TitleKey(string title)
    {
        var key = new StringBuilder(title.Length);
        foreach (char c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(LowerCase.Of(c));
            }
        }

        return key.ToString();
    }

    // The opening two keys must share to match: each key is compared only with those of its bucket.
    private const int LongEnough = 8;

    /// <summary>
    /// Keys with a value each, grouped by their opening, so that finding the keys a name matches costs the few that share
    /// its opening, not all of them: a long file of headings and timed notes stays linear.
    /// </summary>
    public sealed class KeyIndex<T>
    {
        private readonly Dictionary<string, List<(string Key, T Value)>> _buckets = new(StringComparer.Ordinal);

        /// <summary>Gets the number of keys.</summary>
        public int Count { get; private set; }

        /// <summary>Adds a key and its value.</summary>
        public void Add(string key, T value)
        {
            if (key.Length == 0)
            {
                return;
            }

            string bucket = Bucket(key);
            if (!_buckets.TryGetValue(bucket, out var list))
            {
                _buckets[bucket] = list = new List<(string, T)>();
            }

            list.Add((key, value));
            Count++;
        }

        /// <summary>The values whose keys <paramref name="key"/> names (see <see cref="Names"/>), in the order they were added.</summary>
        public IEnumerable<T> Matching(string key)
        {
            if (key.Length == 0 || !_buckets.TryGetValue(Bucket(key), out var list))
            {
                yield break;
            }

            foreach (var (k, value) in list)
            {
                if (Names(key, k))
                {
                    yield return value;
                }
            }
        }

        private static string Bucket(string key) => key.Length > LongEnough ? key.Substring(0, LongEnough) : key;
    }

    /// <summary>Whether an entry's key names the title whose key is <paramref name="key"/>: the same, or one opens the other.</summary>
    public static bool Names(string entryKey, string key)
    {
        if (entryKey.Length == 0 || key.Length == 0)
        {
            return false;
        }

        if (entryKey == key)
        {
            return true;
        }

        // "Title" in the timetable, "Title: a subtitle" in the heading (or the other way): a long enough opening matches.
        return Math.Min(entryKey.Length, key.Length) >= LongEnough
            && (entryKey.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(entryKey, StringComparison.Ordinal));
    }
}
