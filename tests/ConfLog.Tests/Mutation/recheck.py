#!/usr/bin/env python3
"""Re-checks by hand what Stryker's Microsoft.Testing.Platform runner could not be trusted with.

That runner (a preview in Stryker.NET 5.1.0) cannot be trusted with its verdicts on this suite: its per-test
coverage gave up, a mutated run that outlasts its limit (1.5 times the first run plus additional-timeout, easily
passed on a shared machine) is reported as a Timeout, and even as Killed when the session is cut short. So every
mutant it calls Survived or Timeout (and, with --all, every mutant, which mutate.sh asks for) is rebuilt here in a scratch copy of the repository: the mutation written into the source, the test project built,
the whole suite run. A failing test kills it, a compile error removes it, a run past the time limit is a real
timeout, and a green run is a survivor. Mutants listed in equivalent-mutants.md (beside this script) are kept out
of the score, each with its reason there.

Usage (from anywhere; see the README's "Mutation testing"):
    python3 tests/ConfLog.Tests/Mutation/recheck.py [REPORT] [--all] [--limit-seconds N]
    python3 tests/ConfLog.Tests/Mutation/recheck.py --listed [literal-mutants.json]
--listed checks the mutants written by hand in literal-mutants.json instead (Stryker does not mutate number
literals, so the bounds of DateGrammar are listed there), each named by the code it changes, not by its line.
REPORT defaults to the newest artifacts/mutation/*/reports/mutation-report.json (where mutate.sh writes it).
"""

import argparse
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TEST_PROJECT = os.path.join("tests", "ConfLog.Tests")
TEST_EXE = os.path.join(TEST_PROJECT, "bin", "Release", "net10.0", "ConfLog.Tests")
LIBRARY = os.path.join("src", "ConfLog", "ConfLog.csproj")
LIBRARY_DLL = os.path.join("src", "ConfLog", "bin", "Release", "net10.0", "ConfLog.dll")
# Kept between runs so that each run builds incrementally, and outside the repository: a second ConfLog.Benchmarks
# project below the root stops BenchmarkDotNet ("more than one matching project file").
COPY = os.path.join(tempfile.gettempdir(), "conflog-mutation-" + hashlib.sha1(ROOT.encode("utf-8")).hexdigest()[:12], "copy")
COUNTED = ("Killed", "Timeout", "Survived", "NoCoverage")


def newest_report():
    reports = glob.glob(os.path.join(ROOT, "artifacts", "mutation", "*", "reports", "mutation-report.json"))
    reports += glob.glob(os.path.join(ROOT, TEST_PROJECT, "StrykerOutput", "*", "reports", "mutation-report.json"))
    if not reports:
        sys.exit("no Stryker report found: run tests/ConfLog.Tests/Mutation/mutate.sh first")
    return max(reports, key=os.path.getmtime)


def relative(path):
    # Stryker writes absolute paths of the copy it ran in; keep what follows src/.
    index = path.replace("\\", "/").rfind("src/ConfLog/")
    return path[index:] if index >= 0 else path


def offset(lines, line, column):
    # Stryker's columns count UTF-16 code units from 1; Python indexes code points.
    text = lines[line - 1]
    units = 0
    for index, char in enumerate(text):
        if units >= column - 1:
            return sum(len(l) for l in lines[: line - 1]) + index
        units += 2 if ord(char) > 0xFFFF else 1
    return sum(len(l) for l in lines[: line - 1]) + len(text)


def span(source, location):
    # Lines end at "\n" only, as Roslyn counts them here (splitlines would also break at form feeds and U+2028).
    lines = [line + "\n" for line in source.split("\n")]
    start = offset(lines, location["start"]["line"], location["start"]["column"])
    end = offset(lines, location["end"]["line"], location["end"]["column"])
    return start, end


def key(path, original, replacement):
    # A mutant is named by its file, the code it changes and what it becomes, not by a line that moves.
    squash = lambda text: re.sub(r"\s+", " ", text).strip()
    return (os.path.basename(path), squash(original), squash(replacement))


def equivalents():
    # Rows of the table in equivalent-mutants.md: | File.cs | `original` | `replacement` | reason |
    listed = {}
    path = os.path.join(HERE, "equivalent-mutants.md")
    if not os.path.exists(path):
        return listed
    for row in open(path, encoding="utf-8"):
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0].endswith(".cs") and cells[1].startswith("`"):
            listed[key(cells[0], cells[1].strip("`"), cells[2].strip("`"))] = cells[3]
    return listed


def run(command, cwd, limit=None):
    started = time.monotonic()
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=limit)
        return done.returncode, done.stdout + done.stderr, time.monotonic() - started
    except subprocess.TimeoutExpired:
        return None, "", time.monotonic() - started


def build(copy):
    # Warnings stay warnings here: a mutant that leaves a field unassigned (CS0649) still runs, as under Stryker.
    return run(["dotnet", "build", TEST_PROJECT, "-c", "Release", "--no-restore", "-v", "q", "-nologo",
                "-p:TreatWarningsAsErrors=false"], copy)


def build_library(copy):
    # A mutant changes the library only: compile it alone, for the tests' framework, and put it beside the tests.
    # That is about a third of building the test project again.
    code, output, seconds = run(["dotnet", "build", LIBRARY, "-c", "Release", "-f", "net10.0", "--no-restore",
                                 "--no-dependencies", "-v", "q", "-nologo", "-p:TreatWarningsAsErrors=false"], copy)
    if code == 0:
        shutil.copy2(os.path.join(copy, LIBRARY_DLL), os.path.join(copy, os.path.dirname(TEST_EXE)))
    return code, output, seconds


def first_failure(output):
    for line in output.splitlines():
        if "[FAIL]" in line:
            return re.sub(r"\x1b\[[0-9;]*m", "", line).replace("[FAIL]", "").strip().split("(")[0]
    return "a test failed"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report", nargs="?", help="a Stryker mutation-report.json")
    parser.add_argument("--all", action="store_true", help="re-check killed mutants too, not only Survived and Timeout")
    parser.add_argument("--listed", nargs="?", const=os.path.join(HERE, "literal-mutants.json"),
                        help="check the mutants listed in this file (default: literal-mutants.json) instead of a report")
    parser.add_argument("--tests", default="",
                        help="xunit filters for a quicker run, e.g. \"-namespace ConfLog.Tests.Lines\" (default: the whole suite; "
                             "a narrower run can only call a killed mutant a survivor, never the other way round)")
    parser.add_argument("--limit-seconds", type=float, help="a suite run longer than this is a timeout (default: 3x the clean run, at least 60 s)")
    args = parser.parse_args()

    if args.listed:
        report = listed_report(args.listed)
        print(f"listed mutants: {args.listed}")
    else:
        report_path = args.report or newest_report()
        report = json.load(open(report_path, encoding="utf-8"))
        print(f"report: {report_path}")
    listed = equivalents()

    copy = COPY
    os.makedirs(copy, exist_ok=True)
    try:
        shutil.copytree(ROOT, copy, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns(".git", "bin", "obj", "StrykerOutput", "artifacts", "BenchmarkDotNet.Artifacts", "TestResults"))
        # The copy's sources may be older than a mutated library left by a stopped run: make them newer, so
        # the clean build below compiles them all again.
        for folder, folders, names in os.walk(os.path.join(copy, "src")):
            folders[:] = [name for name in folders if name not in ("bin", "obj")]
            for name in names:
                os.utime(os.path.join(folder, name))
        code, output, _ = run(["dotnet", "restore", TEST_PROJECT, "-v", "q"], copy)
        code, output, _ = build(copy)
        if code != 0:
            sys.exit("the unmutated copy does not build:\n" + output)
        suite = [os.path.join(copy, TEST_EXE)] + args.tests.split()
        code, output, clean = run(suite, copy)
        if code != 0:
            sys.exit("the unmutated suite fails:\n" + output[-3000:])
        limit = args.limit_seconds or max(60.0, 3 * clean)
        print(f"clean suite: {clean:.1f} s; a mutant's run past {limit:.0f} s is a timeout")

        rows = []
        per_file = {}
        for file_path, entry in sorted(report["files"].items()):
            name = relative(file_path)
            source = entry["source"]
            for mutant in entry["mutants"]:
                stryker = mutant["status"]
                start, end = span(source, mutant["location"])
                original = source[start:end]
                replacement = mutant.get("replacement", "")
                reason = listed.get(key(name, original, replacement))
                checked = stryker
                note = ""
                if stryker in ("Survived", "Timeout", "Listed") or (args.all and stryker in COUNTED):
                    target = os.path.join(copy, name)
                    with open(target, "w", encoding="utf-8", newline="") as handle:
                        handle.write(source[:start] + replacement + source[end:])
                    code, output, _ = build_library(copy)
                    if code != 0:
                        checked, note = "CompileError", ""
                    else:
                        code, output, seconds = run(suite, copy, limit)
                        if code is None:
                            checked, note = "Timeout", f"over {limit:.0f} s"
                        elif code != 0:
                            checked, note = "Killed", first_failure(output)
                        else:
                            checked, note = "Survived", f"suite green in {seconds:.0f} s"
                    with open(target, "w", encoding="utf-8", newline="") as handle:
                        handle.write(source)
                    line = mutant["location"]["start"]["line"]
                    shown = lambda text: re.sub(r"\s+", " ", text).strip()[:60]
                    rows.append((name, line, mutant["mutatorName"], shown(original), shown(replacement), stryker, checked,
                                 "equivalent: " + reason if reason and checked == "Survived" else note))
                    print(f"  {os.path.basename(name)}:{line} {mutant['mutatorName']}: {stryker} -> {checked} {rows[-1][-1]}", flush=True)
                counts = per_file.setdefault(name, {})
                state = "Equivalent" if reason and checked == "Survived" else checked
                counts[state] = counts.get(state, 0) + 1

        print()
        print("| file | line | mutator | original | replacement | Stryker said | re-checked | why |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for row in rows:
            print("| " + " | ".join(str(cell).replace("|", "\\|") for cell in row) + " |")
        print()
        print("| file | killed | survived | equivalent | score | score without the equivalent |")
        print("| --- | --- | --- | --- | --- | --- |")
        totals = {}
        for name, counts in sorted(per_file.items()):
            for state, count in counts.items():
                totals[state] = totals.get(state, 0) + count
            if any(state in counts for state in COUNTED + ("Equivalent",)):
                print(score_row(os.path.basename(name), counts))
        print(score_row("all", totals))
    finally:
        # Leave no mutant behind in the copy if a run is stopped half-way.
        for file_path, entry in report["files"].items():
            with open(os.path.join(copy, relative(file_path)), "w", encoding="utf-8", newline="") as handle:
                handle.write(entry["source"])


def listed_report(path):
    # Turns the hand-written list into the shape of a Stryker report: each mutant's code must occur once in its file.
    files = {}
    for mutant in json.load(open(path, encoding="utf-8"))["mutants"]:
        name = mutant["file"]
        source = open(os.path.join(ROOT, name), encoding="utf-8", newline="").read()
        count = source.count(mutant["original"])
        if count != 1:
            print(f"  skipped ({count} matches, the code has changed?): {name}: {mutant['original']}")
            continue
        start = source.index(mutant["original"])
        end = start + len(mutant["original"])
        entry = files.setdefault(name, {"source": source, "mutants": []})
        entry["mutants"].append({
            "mutatorName": mutant.get("mutator", "Literal"),
            "replacement": mutant["replacement"],
            "status": "Listed",
            "location": {"start": position(source, start), "end": position(source, end)},
        })
    return {"files": files}


def position(source, index):
    # The inverse of offset(): 1-based line and UTF-16 column.
    before = source[:index]
    line = before.count("\n") + 1
    column = sum(2 if ord(char) > 0xFFFF else 1 for char in before[before.rfind("\n") + 1:]) + 1
    return {"line": line, "column": column}


def score_row(name, counts):
    killed = counts.get("Killed", 0) + counts.get("Timeout", 0)
    survived = counts.get("Survived", 0) + counts.get("NoCoverage", 0)
    equivalent = counts.get("Equivalent", 0)
    raw = killed / (killed + survived + equivalent) * 100 if killed + survived + equivalent else 100.0
    net = killed / (killed + survived) * 100 if killed + survived else 100.0
    return f"| {name} | {killed} | {survived} | {equivalent} | {raw:.1f} % | {net:.1f} % |"


if __name__ == "__main__":
    main()
