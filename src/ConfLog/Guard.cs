using System;

namespace ConfLog;

// One null check for both targets: ArgumentNullException.ThrowIfNull does not exist on netstandard2.0.
internal static class Guard
{
    public static T NotNull<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name);
}
