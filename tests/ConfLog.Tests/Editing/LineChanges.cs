using System.Collections.Generic;
using System.Linq;
using ConfLog.Text;

namespace ConfLog.Tests.Editing;

// What an edit did to the text, line by line: the lines both texts share at the start and at the end are left out
// (each compared with its ending), and what stands between them in each is the change.
internal sealed record LineChanges(int From, IReadOnlyList<SourceLine> Removed, IReadOnlyList<SourceLine> Added)
{
    public static LineChanges Between(ConferenceLog before, ConferenceLog after)
    {
        var old = before.Source.Lines;
        var now = after.Source.Lines;
        int common = System.Math.Min(old.Length, now.Length);
        int prefix = 0;
        while (prefix < common && Same(old[prefix], now[prefix]))
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < common - prefix && Same(old[old.Length - 1 - suffix], now[now.Length - 1 - suffix]))
        {
            suffix++;
        }

        return new LineChanges(
            prefix + 1,
            old.Skip(prefix).Take(old.Length - prefix - suffix).ToList(),
            now.Skip(prefix).Take(now.Length - prefix - suffix).ToList());
    }

    public IEnumerable<string> RemovedText => Removed.Select(l => l.Text);

    public IEnumerable<string> AddedText => Added.Select(l => l.Text);

    private static bool Same(SourceLine a, SourceLine b) => a.Text == b.Text && a.Ending == b.Ending;
}
