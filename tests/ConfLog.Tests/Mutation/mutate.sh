#!/usr/bin/env bash
# Mutation testing of the grammar (src/ConfLog/Lines) and the structure (src/ConfLog/Structure), then a re-check
# by hand of every mutant, since Stryker's Microsoft.Testing.Platform runner mislabels them here (see recheck.py).
# Too slow for CI (.ci/run does not call it); see the README's "Mutation testing".
#   tests/ConfLog.Tests/Mutation/mutate.sh                       # everything stryker-config.json names
#   tests/ConfLog.Tests/Mutation/mutate.sh '**/Lines/DateGrammar.cs' '**/Structure/SessionAssembler.cs'
set -euo pipefail
tests="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$tests/../.." && pwd)"
out="$root/artifacts/mutation/$(date -u +%Y%m%dT%H%M%S)"
cd "$tests"
dotnet tool restore
args=()
for glob in "$@"; do
  args+=(--mutate "$glob")
done
dotnet stryker --skip-version-check --output "$out" "${args[@]}"
# The Lines, Structure and Diagnostics tests are the ones that read these files; the rest would only slow each run.
python3 "$tests/Mutation/recheck.py" "$out/reports/mutation-report.json" --all \
  --tests "-namespace ConfLog.Tests.Lines -namespace ConfLog.Tests.Structure -namespace ConfLog.Tests.Diagnostics" |
  tee "$out/recheck.md"
