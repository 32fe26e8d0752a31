using ConfLog.Text;

namespace ConfLog.Lines;

/// <summary>
/// Whether a line kind's reader is worth trying on <paramref name="line"/>, whose first character that is not white
/// space is at <paramref name="first"/>: a cheaper test than the reader, asked first (<see cref="LineKind.Condition"/>).
/// </summary>
/// <example><c>(line, first) => line.Contains(" / ")</c> is the talk header's: no header is written without its separator.</example>
internal delegate bool LineCondition(LineText line, int first);
