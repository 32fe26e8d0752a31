using System;
using System.Collections.Generic;
using System.Linq;
using ConfLog.Tests.Spec;
using Xunit;

namespace ConfLog.Tests.Json;

// The logs whose JSON every JSON test reads: the seed, each example of spec.md (with the options it names), and
// each file of the corpus, by a name that says which.
internal static class JsonDocuments
{
    public static IEnumerable<TheoryDataRow<string>> Names =>
        Enumerable.Repeat("seed", 1)
            .Concat(SpecExample.All.Select(example => "spec " + example.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(Corpus.Names.Select(name => "corpus " + name))
            .Select(name => new TheoryDataRow<string>(name));

    public static ConferenceLog Log(string name)
    {
        if (name == "seed")
        {
            return Seed.Log;
        }

        if (name.StartsWith("spec ", StringComparison.Ordinal))
        {
            var example = SpecExample.All[int.Parse(name.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture) - 1];
            return ConferenceLog.Parse(example.Input, example.ParseOptions());
        }

        return ConferenceLog.Load(Corpus.PathOf(name.Substring("corpus ".Length)));
    }
}
