#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    // Records and init-only setters need this type; netstandard2.0 does not ship it.
    internal static class IsExternalInit
    {
    }
}
#endif
