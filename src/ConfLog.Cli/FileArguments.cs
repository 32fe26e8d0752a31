using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace ConfLog.Cli;

/// <summary>The <c>FILE...</c> argument the commands share, and reading every file it names.</summary>
internal static class FileArguments
{
    public static Argument<string[]> Create(string description, string name = "FILE")
    {
        var argument = new Argument<string[]>(name) { Description = description + " '-' reads standard input.", Arity = ArgumentArity.OneOrMore };
        RejectOptionLikeValues(argument);
        return argument;
    }

    /// <summary>
    /// An argument that takes many values also takes a mistyped option such as <c>--yaml</c> as a file name;
    /// such a value is a usage error instead (a file whose name starts with '-' can be given as <c>./-name</c>).
    /// </summary>
    public static void RejectOptionLikeValues(Argument argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
    }

    /// <summary>Reads every file; on any failure prints each message and gives <see langword="null"/>, so nothing half-done is printed.</summary>
    public static IReadOnlyList<LogInput>? ReadAll(IEnumerable<string> paths, CliConsole console, ConfLogOptions? options = null)
    {
        var inputs = paths.Select(path => LogInput.Read(path, console.Input, options)).ToList();
        var failures = inputs.Where(input => input.Failure is not null).ToList();
        foreach (var failure in failures)
        {
            console.Error.WriteLine(failure.Failure);
        }

        return failures.Count == 0 ? inputs : null;
    }
}
