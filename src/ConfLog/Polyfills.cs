#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    // Records and init-only setters need this type; netstandard2.0 does not ship it.
    internal static class IsExternalInit
    {
    }
}
#endif

#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis
{
    // Lets an init accessor say which members it sets, as .NET 5 and later do; netstandard2.0 does not ship it.
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    internal sealed class MemberNotNullAttribute : Attribute
    {
        public MemberNotNullAttribute(params string[] members) => Members = members;

        public string[] Members { get; }
    }
}
#endif
