#!/usr/bin/env bash
# Mutation testing of the grammar (src/ConfLog/Lines) and the structure (src/ConfLog/Structure); see the README's
# "Mutation testing". Too slow for CI (.ci/run does not call it): about an hour for both folders on two cores.
#   tests/ConfLog.Tests/Mutation/mutate.sh                                  # everything stryker-config.json names
#   tests/ConfLog.Tests/Mutation/mutate.sh '**/Lines/DateGrammar.cs'        # some files
# Stryker makes the mutants and compiles them into one assembly; activate.py runs each against the real tests.
set -euo pipefail
tests="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$tests/../.." && pwd)"
out="$root/artifacts/mutation/$(date -u +%Y%m%dT%H%M%S)"
# Outside the repository: a second ConfLog.Benchmarks project below the root stops BenchmarkDotNet.
copy="${TMPDIR:-/tmp}/conflog-mutants"
# The tests that read the grammar and the structure directly: quick, and the ones meant to catch their mutants.
quick="-namespace ConfLog.Tests.Lines -namespace ConfLog.Tests.Structure -namespace ConfLog.Tests.Diagnostics -namespace ConfLog.Tests.Spec -namespace ConfLog.Tests.RoundTrip"

rm -rf "$copy"
mkdir -p "$copy" "$out"
# The working tree as it is, tracked and new files alike, without what git ignores (bin, obj, artifacts).
(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$copy")

# A throwaway test project of one test, beside the real ones. Stryker runs each mutant against it in about a second,
# so its report lists every mutant (all "Survived" there), and the test keeps a copy of the mutated assembly, which
# Stryker puts in the test's folder for the run and takes away at its end.
mkdir -p "$copy/tests/Mutants"
cat > "$copy/tests/Mutants/Mutants.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <ProjectReference Include="..\..\src\ConfLog\ConfLog.csproj" />
  </ItemGroup>
</Project>
XML
cat > "$copy/tests/Mutants/KeepTheMutatedAssembly.cs" <<'CS'
using System.IO;
using System.Linq;

namespace Mutants;

public sealed class KeepTheMutatedAssembly
{
    [Xunit.Fact]
    public void Copies_the_library_when_it_holds_mutants()
    {
        var library = typeof(ConfLog.ConferenceLog).Assembly;
        if (library.GetTypes().Any(type => type.Name == "MutantControl"))
        {
            File.Copy(library.Location, Path.Combine(System.AppContext.BaseDirectory, "..", "..", "..", "ConfLog.mutated.dll"), overwrite: true);
        }
    }
}
CS
cp "$tests/stryker-config.json" "$copy/tests/Mutants/"
args=()
for glob in "$@"; do
  args+=(--mutate "$glob")
done
(cd "$copy/tests/Mutants" && dotnet tool restore && dotnet stryker --skip-version-check --output "$out/stryker" "${args[@]}")

# The real tests, built in the copy, with the mutated assembly in place of the library (which it is, mutants off).
dotnet build "$copy/tests/ConfLog.Tests" -c Release -v q -nologo
suite="$copy/tests/ConfLog.Tests/bin/Release/net10.0"
cp "$copy/tests/Mutants/ConfLog.mutated.dll" "$suite/ConfLog.dll"
python3 "$tests/Mutation/activate.py" "$out/stryker/reports/mutation-report.json" "$suite" "$out/results.json" \
  --tests "$quick" --coverage --limit 60 --markdown "$out/results.md"
echo "Results: $out/results.md"
