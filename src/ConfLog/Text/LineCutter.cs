using System.Collections.Generic;
using System.Text;

namespace ConfLog.Text;

/// <summary>
/// Cuts blocks of text, as a reader gives them, into lines, keeping each line ending as written: the one cutting of
/// <see cref="SourceReader"/>'s reading and of its asynchronous reading. A <c>\r</c> at the end of a block waits for
/// the next block to tell whether a <c>\n</c> follows it.
/// </summary>
internal sealed class LineCutter
{
    private readonly StringBuilder _line = new();
    private int _number = 1;
    private int _offset;
    private int _lineStart;
    private bool _first = true;
    private bool _carriageReturn;

    /// <summary>Cuts the next block.</summary>
    /// <param name="block">The characters read.</param>
    /// <param name="count">How many of them were read.</param>
    /// <param name="lines">Receives each line the block ends, in order.</param>
    public void Cut(char[] block, int count, List<SourceLine> lines)
    {
        int start = 0;
        if (_first && count > 0)
        {
            _first = false;
            if (block[0] == '\uFEFF')
            {
                // A byte-order mark is not part of the first line: SourceText.From skips it the same way.
                start = 1;
                _offset = _lineStart = 1;
            }
        }

        for (int i = start; i < count; i++)
        {
            char c = block[i];
            if (_carriageReturn)
            {
                // A "\r" ended the previous block or character: it pairs with a "\n" that follows it.
                _carriageReturn = false;
                string ending = c == '\n' ? "\r\n" : "\r";
                lines.Add(new SourceLine(_number++, _lineStart, _line.ToString(), ending));
                _line.Clear();
                _offset += ending.Length;
                _lineStart = _offset;
                if (c == '\n')
                {
                    continue;
                }
            }

            if (c == '\r')
            {
                _carriageReturn = true;
                continue;
            }

            if (c == '\n')
            {
                lines.Add(new SourceLine(_number++, _lineStart, _line.ToString(), "\n"));
                _line.Clear();
                _offset++;
                _lineStart = _offset;
                continue;
            }

            _line.Append(c);
            _offset++;
        }
    }

    /// <summary>Ends the text: the last line, when it has no line ending or ends in a lone <c>\r</c>.</summary>
    /// <param name="lines">Receives that line.</param>
    public void End(List<SourceLine> lines)
    {
        if (_carriageReturn)
        {
            _carriageReturn = false;
            lines.Add(new SourceLine(_number++, _lineStart, _line.ToString(), "\r"));
            _line.Clear();
        }
        else if (_line.Length > 0)
        {
            lines.Add(new SourceLine(_number, _lineStart, _line.ToString(), string.Empty));
            _line.Clear();
        }
    }
}
