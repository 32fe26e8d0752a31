using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ConfLog.FluentAssertions.Tests;

// The main README shows SeedNotesTests as the example of these assertions: it must stay the test that actually runs.
public sealed class ReadmeSectionTests
{
    private static readonly string Docs = Path.Combine(AppContext.BaseDirectory, "docs");

    [Fact]
    public void The_readmes_example_is_SeedNotesTests_verbatim()
    {
        var section = File.ReadAllLines(Path.Combine(Docs, "README.md")).SkipWhile(line => line != "## Testing notes with FluentAssertions");
        var code = section.SkipWhile(line => line != "```csharp").Skip(1).TakeWhile(line => line != "```");

        code.Should().Equal(File.ReadAllLines(Path.Combine(Docs, "SeedNotesTests.cs")));
    }
}
