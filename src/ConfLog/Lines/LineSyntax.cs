namespace ConfLog.Lines;

/// <summary>
/// What one line of notes says, as the line grammar reads it on its own, before the structure
/// builder looks at its neighbours. Indices in the parts are 0-based positions in the line.
/// </summary>
public abstract record LineSyntax;
