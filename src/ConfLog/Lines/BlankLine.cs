namespace ConfLog.Lines;

/// <summary>A line that holds nothing but white space.</summary>
public sealed record BlankLine : LineSyntax;
