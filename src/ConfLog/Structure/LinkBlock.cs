namespace ConfLog.Structure;

/// <summary>The links of one node: consecutive rows of a <see cref="Blueprint"/>'s links.</summary>
/// <param name="First">The index of the first.</param>
/// <param name="Count">How many; 0 for none.</param>
internal readonly record struct LinkBlock(int First, int Count)
{
    /// <summary>Gets whether there are none.</summary>
    public bool IsEmpty => Count == 0;
}
