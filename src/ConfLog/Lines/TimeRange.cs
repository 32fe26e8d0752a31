using System;

namespace ConfLog.Lines;

/// <summary>A range of clock times such as <c>10:10〜17:50</c>.</summary>
/// <param name="Start">The time of day it starts.</param>
/// <param name="End">The time of day it ends.</param>
public sealed record TimeRange(TimeSpan Start, TimeSpan End);
