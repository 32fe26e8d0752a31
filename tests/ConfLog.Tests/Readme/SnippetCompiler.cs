using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConfLog.Tests.Readme;

/// <summary>
/// Compiles a README snippet as a user's new project would: a console app on net10.0 with the SDK's implicit usings and
/// nullable on, referencing ConfLog (and, for test code, ConfLog.FluentAssertions, FluentAssertions and xunit). A
/// snippet of test classes gets a small Main that runs its facts, so it is run as well as compiled.
/// </summary>
public static class SnippetCompiler
{
    // What `dotnet new console` turns on (ImplicitUsings): a pasted snippet may lean on these and nothing else.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    // Runs every [Fact] and every [InlineData] row of a [Theory], as the test runner would, and fails on the first throw.
    private const string FactRunner = """
        internal static class ReadmeSnippetFactRunner
        {
            private static int Main()
            {
                int ran = 0;
                foreach (var type in typeof(ReadmeSnippetFactRunner).Assembly.GetTypes())
                {
                    foreach (var method in type.GetMethods())
                    {
                        if (method.GetCustomAttributes(typeof(Xunit.FactAttribute), true).Length == 0)
                            continue;
                        var rows = method.GetParameters().Length == 0
                            ? new[] { Array.Empty<object?>() }
                            : method.GetCustomAttributes(typeof(Xunit.InlineDataAttribute), true).Select(a => ((Xunit.InlineDataAttribute)a).Data).ToArray();
                        foreach (var row in rows)
                        {
                            object? instance = method.IsStatic ? null : Activator.CreateInstance(type);
                            try
                            {
                                if (method.Invoke(instance, row) is Task task)
                                    task.GetAwaiter().GetResult();
                            }
                            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
                            {
                                Console.Error.WriteLine($"{type.Name}.{method.Name} failed: {e.InnerException}");
                                return 1;
                            }
                            finally
                            {
                                (instance as IDisposable)?.Dispose();
                            }
                            ran++;
                            Console.WriteLine($"passed {type.Name}.{method.Name}");
                        }
                    }
                }
                return ran > 0 ? 0 : 2;
            }
        }
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>Compiles the snippet into <paramref name="assemblyPath"/>; the errors, empty when it compiled.</summary>
    /// <returns>The compiler's errors, each with its line in the snippet, and whether the assembly can be run.</returns>
    public static (IReadOnlyList<string> Errors, bool Runnable) Compile(ReadmeSnippet snippet, string assemblyPath)
    {
        var code = CSharpSyntaxTree.ParseText(snippet.Code, ParseOptions, path: snippet.Name);
        var trees = new List<SyntaxTree> { code, CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "ImplicitUsings.cs") };
        bool isProgram = code.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        bool hasFacts = !isProgram && code.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Any(a => a.Name.ToString() is "Fact" or "Theory" or "Xunit.Fact" or "Xunit.Theory");
        if (hasFacts)
        {
            trees.Add(CSharpSyntaxTree.ParseText(FactRunner, ParseOptions, path: "FactRunner.cs"));
        }

        bool runnable = isProgram || hasFacts;
        var options = new CSharpCompilationOptions(runnable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(assemblyPath), trees, References.Value, options);
        var result = compilation.Emit(assemblyPath);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        return (errors, runnable);
    }

    /// <summary>The syntax errors of a fragment, which is parsed only (as statements, the form a fragment takes).</summary>
    /// <returns>Each error with its line in the snippet; empty when it is C#.</returns>
    public static IReadOnlyList<string> SyntaxErrors(ReadmeSnippet snippet) =>
        CSharpSyntaxTree.ParseText(snippet.Code, ParseOptions, path: snippet.Name).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

    /// <summary>The assemblies a snippet may use, all in this test's output folder or the shared framework.</summary>
    public static IEnumerable<string> LocalReferences() =>
        References.Value.OfType<PortableExecutableReference>().Select(r => r.FilePath!)
            .Where(path => string.Equals(Path.GetDirectoryName(path), AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal));

    // The framework's assemblies and this test's dependencies are all on the host's list of trusted assemblies; the
    // test's own assembly and the compiler's are not what a user's project references.
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string list = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return list.Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("ConfLog.Tests", StringComparison.Ordinal)
                && !Path.GetFileName(path).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
