using ConfLog.Text;

namespace ConfLog.Structure;

/// <summary>A link written down as plain values, to be made into its record with the rest of the log.</summary>
/// <param name="Url">The address, as written.</param>
/// <param name="Span">Where it stands.</param>
internal readonly record struct LinkRow(TextSlice Url, SourceSpan Span);
