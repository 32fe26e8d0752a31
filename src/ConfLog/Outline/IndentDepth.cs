using System.Collections.Generic;

namespace ConfLog.Outline;

/// <summary>
/// Turns indentation columns into list depths, whatever the indent step (2, 4 spaces or a TAB, even mixed): an item
/// deeper than the open ones opens a level; one at an open column returns to it.
/// </summary>
internal sealed class IndentDepth
{
    private readonly List<int> _columns = new();

    /// <summary>The depth of an item whose glyph is at <paramref name="column"/>.</summary>
    public int Item(int column)
    {
        while (_columns.Count > 0 && _columns[_columns.Count - 1] > column)
        {
            _columns.RemoveAt(_columns.Count - 1);
        }

        if (_columns.Count == 0 || _columns[_columns.Count - 1] < column)
        {
            _columns.Add(column);
        }

        return _columns.Count - 1;
    }

    /// <summary>The depth of a non-item line at <paramref name="column"/>: inside the deepest open item it is indented past.</summary>
    public int Text(int column)
    {
        // The open columns increase strictly: the count below the column is a binary search, so deep lists stay linear.
        int lo = 0, hi = _columns.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_columns[mid] < column)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Closes every open level (after a heading, or text back at the margin).</summary>
    public void Reset() => _columns.Clear();
}
