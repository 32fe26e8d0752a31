using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using ConfLog.Diagnostics;
using ConfLog.Text;
using Sprache;

namespace ConfLog.Lines;

/// <summary>Reads each line with the line grammar, and reports lines that look like timestamps but are not.</summary>
internal sealed class LineReader
{
    // Building a dialect's parsers costs far more than reading a short log: build once per options instance.
    private static readonly ConditionalWeakTable<ConfLogOptions, LineScan> Grammars = new();

    private static readonly LineScan DefaultGrammar = ConfLogGrammar.ScanOf(ConfLogOptions.Default);

    private readonly LineScan _line;

    public LineReader(ConfLogOptions options)
    {
        _line = ReferenceEquals(options, ConfLogOptions.Default) ? DefaultGrammar : Grammars.GetValue(options, ConfLogGrammar.ScanOf);
    }

    /// <summary>
    /// Gets or sets whether the lines to come are known to hold no control character and no surrogate: the whole text
    /// was searched once (<see cref="HoldsNoControlCharacter"/>), so no line is searched again.
    /// </summary>
    public bool TextIsClean { get; set; }

    public ParsedLine Read(SourceLine line, List<Diagnostic> diagnostics)
    {
        var text = line.Line;
        return new(line.Number, text.Text, text.Offset, line.Offset, text.Length, line.Ending, ReadSyntax(text, line.Number, line.Offset, diagnostics));
    }

    /// <summary>Reads the line at <paramref name="cursor"/> where it stands in the input: nothing is made for the line but what it says.</summary>
    public ParsedLine Read(in LineCursor cursor, List<Diagnostic> diagnostics) =>
        new(cursor.Number, cursor.Text, cursor.Offset, cursor.Offset, cursor.Length, cursor.Ending,
            ReadSyntax(new LineText(cursor.Text, cursor.Offset, cursor.Length), cursor.Number, cursor.Offset, diagnostics));

    private LineSyntax ReadSyntax(LineText text, int number, int offset, List<Diagnostic> diagnostics)
    {
        // The line grammar reads any line: prose, last in every table, reads what no other kind does. It reads the line
        // where it stands in the input: no string is cut out of it.
        var syntax = _line(text, 0)!;
        if (syntax is ProseLine prose && prose.Text.Length > 1 && text[prose.Text.Index] == '[' && char.IsDigit(text[prose.Text.Index + 1]))
        {
            diagnostics.Add(NotATimestamp(text.ToString(), number, offset));
        }

        int control = TextIsClean ? -1 : FirstControlCharacter(text.AsSpan());
        if (control >= 0)
        {
            diagnostics.Add(DiagnosticCodes.ControlCharacter.At(new SourceSpan(offset + control, 1, number, control + 1), DescribeControl(text[control])));
        }

        return syntax;
    }

#if NET8_0_OR_GREATER
    // The ASCII controls but tab, and DEL: an all-ASCII set is searched with a vectorized bitmap. Surrogates are a
    // range of their own; one set holding both made SearchValues fall back to a probabilistic map, which cost more
    // than the rest of reading the line.
    private static readonly System.Buffers.SearchValues<char> AsciiControls = ControlsBut('\t');

    // The same, with the line endings a whole text holds.
    private static readonly System.Buffers.SearchValues<char> TextControls = ControlsBut('\t', '\n', '\r');

    private static System.Buffers.SearchValues<char> ControlsBut(params char[] allowed) => System.Buffers.SearchValues.Create(
        new string(Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => System.Array.IndexOf(allowed, c) < 0).Append('\u007F').ToArray()));

    // Tabs are indentation; anything else below U+0020, DEL, and a surrogate without its pair is not text.
    private static int FirstControlCharacter(ReadOnlySpan<char> text)
    {
        var span = text;
        int control = span.IndexOfAny(AsciiControls);
        int surrogate = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate < 0 || (control >= 0 && control < surrogate))
        {
            return control;
        }

        int end = control < 0 ? text.Length : control;
        for (int i = surrogate; i < end; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return control;
    }
#else
    // Tabs are indentation; anything else below U+0020, DEL, and a surrogate without its pair is not text.
    private static int FirstControlCharacter(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((c < ' ' && c != '\t') || c == '\u007F')
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
#endif

    /// <summary>
    /// Whether a whole text holds nothing <see cref="Read(SourceLine, List{Diagnostic})"/> would report: no control character but tab and the line
    /// endings, no DEL, no surrogate at all (a text with a paired one is searched line by line, as a stream is). Two
    /// vectorized searches of the text cost less than two of every line, whose setup outweighs a short line.
    /// </summary>
    /// <param name="text">The whole text, line endings included.</param>
    /// <returns>Whether its lines need no search.</returns>
    public static bool HoldsNoControlCharacter(string text)
    {
#if NET8_0_OR_GREATER
        var span = text.AsSpan();
        return span.IndexOfAny(TextControls) < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0;
#else
        foreach (char c in text)
        {
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007F' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
#endif
    }

    private static string DescribeControl(char c)
    {
        string name = char.IsSurrogate(c) ? "a lone surrogate" : c == '\0' ? "a NUL character" : "a control character";
        return string.Format(CultureInfo.InvariantCulture, "{0} (U+{1:X4}) in the line", name, (int)c);
    }

    // The line grammar has already said "prose"; this reads it again as a timestamp only to say why not.
    private static Diagnostic NotATimestamp(string line, int number, int offset)
    {
        var failure = DateGrammar.Timestamp(new LineInput(line));
        bool hasShape = DateGrammar.TimestampShape(new LineInput(line)).WasSuccessful;
        var descriptor = hasShape ? DiagnosticCodes.ImpossibleTimestamp : DiagnosticCodes.MalformedTimestamp;
        string message = FailureText.Of(failure);
        int column = failure.Remainder.Position;
        var span = new SourceSpan(offset + column, System.Math.Max(0, line.Length - column), number, column + 1);
        return descriptor.At(span, $"'{line.Trim()}' is not a timestamp: {message}");
    }
}
