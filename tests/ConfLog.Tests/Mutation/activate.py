#!/usr/bin/env python3
"""Runs every mutant of a Stryker report against the real suite, one process per mutant, in one mutated assembly.

Stryker compiles all its mutants into one ConfLog.dll, each behind `MutantControl.IsActive(id)`. mutate.sh has it do
so against a throwaway test project of one empty test, so that Stryker's own run is quick and its report lists every
mutant (all "Survived" there), and then puts that assembly beside the real tests. This script activates each mutant
in turn the way Stryker's VSTest runner does, through STRYKER_MUTANT_ID_CONTROL_VAR (the name of a variable that holds
the mutant's id, read once per process), and runs the tests with -stopOnFail: a failing test kills the mutant, a
green run is a survivor, a run past --limit seconds is a timeout (which kills, as in Stryker's score). This replaces
Stryker's Microsoft.Testing.Platform runner, whose verdicts here could not be trusted (see recheck.py), and the
rebuild of every mutant, which took 5 to 10 s each.

Usage (mutate.sh calls it; see the README's "Mutation testing"):
    activate.py REPORT TESTS_DIR RESULTS.json [--tests "-namespace ..."] [--only-survivors-of EARLIER.json]
                [--limit 30] [--workers 2] [--markdown OUT.md]
RESULTS.json is kept between runs: a stopped run goes on where it stopped. Mutants listed in equivalent-mutants.md
(beside this script) are kept out of the score, each with its reason there.
"""

import argparse
import glob
import json
import os
import queue
import re
import subprocess
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def relative(path):
    index = path.replace("\\", "/").rfind("src/ConfLog/")
    return path[index:] if index >= 0 else path


def key(path, original, replacement):
    # A mutant is named by its file, the code it changes and what it becomes (their first 100 characters, as the
    # tables show them), not by a line that moves.
    squash = lambda text: re.sub(r"\s+", " ", text).strip()[:100]
    return (os.path.basename(path), squash(original), squash(replacement))


def equivalents():
    # Rows of the table in equivalent-mutants.md: | File.cs | `original` | `replacement` | reason |
    listed = {}
    path = os.path.join(HERE, "equivalent-mutants.md")
    for row in open(path, encoding="utf-8") if os.path.exists(path) else []:
        # The code cells end at a backtick before the next pipe, so code may hold a pipe, bare or escaped ("\|\|").
        cells = re.match(r"^\|\s*([\w.]+\.cs)\s*\|\s*`(.*?)`\s*\|\s*`(.*?)`\s*\|\s*(.*?)\s*\|?\s*$", row.strip())
        if cells:
            unescape = lambda code: code.replace("\\|", "|")
            listed[key(cells[1], unescape(cells[2]), unescape(cells[3]))] = cells[4]
    return listed


def original_of(source, location):
    # Stryker's columns count UTF-16 code units from 1 on lines that end at "\n".
    lines = source.split("\n")

    def index(point):
        line = lines[point["line"] - 1]
        units, at = 0, 0
        while at < len(line) and units < point["column"] - 1:
            units += 2 if ord(line[at]) > 0xFFFF else 1
            at += 1
        return sum(len(l) + 1 for l in lines[: point["line"] - 1]) + at

    return source[index(location["start"]):index(location["end"])]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report")
    parser.add_argument("tests_dir", help="the test project's output folder, with the mutated ConfLog.dll in it")
    parser.add_argument("results")
    parser.add_argument("--tests", default="", help='xunit filters, e.g. "-namespace ConfLog.Tests.Lines"')
    parser.add_argument("--only-survivors-of", help="run only the mutants that survived in these earlier results")
    parser.add_argument("--limit", type=float, default=30.0, help="seconds after which a run is a timeout")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--markdown", help="write the table of survivors and the scores here")
    parser.add_argument("--coverage", action="store_true",
                        help="first run each test class alone with Stryker's coverage capture on, then run each mutant "
                             "against only the classes that reach it (a mutant none reaches is NoCoverage, a survivor)")
    args = parser.parse_args()

    report = json.load(open(args.report, encoding="utf-8"))
    mutants = {}
    for path, entry in report["files"].items():
        for mutant in entry["mutants"]:
            # CompileError and Ignored mutants are not in the assembly, and not in Stryker's score either.
            if mutant["status"] not in ("CompileError", "Ignored"):
                mutants[mutant["id"]] = (relative(path), entry["source"], mutant)
    earlier = json.load(open(args.only_survivors_of)) if args.only_survivors_of else None
    results = json.load(open(args.results)) if os.path.exists(args.results) else {}
    todo = queue.Queue()
    # A file's mutants in turn with every other file's, so that a stopped run has covered every file a little.
    by_file = {}
    for mutant_id, (path, _, _) in mutants.items():
        if mutant_id not in results and (earlier is None or earlier.get(mutant_id, {}).get("status") == "Survived"):
            by_file.setdefault(path, []).append(mutant_id)
    for turn in range(max((len(ids) for ids in by_file.values()), default=0)):
        for ids in by_file.values():
            if turn < len(ids):
                todo.put(ids[turn])

    lock = threading.Lock()
    started, total = time.monotonic(), todo.qsize()
    exe = os.path.join(args.tests_dir, "ConfLog.Tests")
    reaching = coverage(exe, args) if args.coverage else None

    def work():
        env = dict(os.environ, STRYKER_MUTANT_ID_CONTROL_VAR="CONFLOG_MUTANT")
        env.pop("STRYKER_MUTANT_FILE", None)
        while True:
            try:
                mutant_id = todo.get_nowait()
            except queue.Empty:
                return
            env["CONFLOG_MUTANT"] = mutant_id
            began = time.monotonic()
            filters = args.tests.split()
            if reaching is not None:
                classes = sorted(reaching.get(int(mutant_id), ()))
                if not classes:
                    with lock:
                        results[mutant_id] = {"status": "NoCoverage", "why": "no test of the run reaches it", "seconds": 0}
                    continue
                filters = [word for name in classes for word in ("-class", name)]
            try:
                done = subprocess.run([exe, "-stopOnFail", "-noColor"] + filters, env=env, cwd=args.tests_dir,
                                      capture_output=True, text=True, timeout=args.limit)
                failed = [line for line in done.stdout.splitlines() if "[FAIL]" in line]
                status = "Survived" if done.returncode == 0 else "Killed"
                why = failed[0].replace("[FAIL]", "").strip().split("(")[0] if failed else (
                    "" if done.returncode == 0 else f"exit {done.returncode}")
            except subprocess.TimeoutExpired:
                status, why = "Timeout", f"over {args.limit:.0f} s"
            with lock:
                results[mutant_id] = {"status": status, "why": why, "seconds": round(time.monotonic() - began, 1)}
                if len(results) % 10 == 0:
                    save(results, args.results)
                if len(results) % 50 == 0:
                    print(f"{total - todo.qsize()}/{total} in {time.monotonic() - started:.0f} s", flush=True)

    workers = [threading.Thread(target=work) for _ in range(args.workers)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    save(results, args.results)
    table = render(mutants, results, equivalents())
    print(table)
    if args.markdown:
        open(args.markdown, "w", encoding="utf-8").write(table)


def coverage(exe, args):
    """Which test classes reach each mutant: each class run alone, with the mutants off and their coverage recorded
    (MutantControl writes the ids it saw to STRYKER_COVERAGE_FILE, in the temp folder, when the process exits)."""
    listing = subprocess.run([exe, "-list", "classes", "-noColor"] + args.tests.split(), capture_output=True, text=True,
                             cwd=args.tests_dir).stdout
    classes = [line.strip() for line in listing.splitlines() if line.startswith("ConfLog.Tests.")]
    reaching, lock, todo = {}, threading.Lock(), queue.Queue()
    for index, name in enumerate(classes):
        todo.put((index, name))
    folder = tempfile.gettempdir()

    def work():
        while True:
            try:
                index, name = todo.get_nowait()
            except queue.Empty:
                return
            stem = f"conflog-coverage-{os.getpid()}-{index}"
            env = dict(os.environ, STRYKER_COVERAGE_FILE=stem + ".txt")
            env.pop("STRYKER_MUTANT_FILE", None)
            subprocess.run([exe, "-noColor", "-class", name], env=env, cwd=args.tests_dir, capture_output=True)
            for path in glob.glob(os.path.join(folder, stem + "-*.txt")):
                text = open(path).read()
                os.remove(path)
                with lock:
                    for mutant_id in re.findall(r"\d+", text):
                        reaching.setdefault(int(mutant_id), set()).add(name)

    workers = [threading.Thread(target=work) for _ in range(args.workers)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"coverage: {len(classes)} classes reach {len(reaching)} mutants", flush=True)
    return reaching


def save(results, path):
    # Written aside and moved: a reader of the file (or a stop half-way) never sees half of it.
    with open(path + ".part", "w") as handle:
        json.dump(results, handle, indent=0)
    os.replace(path + ".part", path)


def render(mutants, results, listed):
    rows, per_file = [], {}
    for mutant_id, (path, source, mutant) in sorted(mutants.items(), key=lambda m: (m[1][0], int(m[0]))):
        if mutant_id not in results:
            continue
        status = results[mutant_id]["status"]
        original = original_of(source, mutant["location"])
        reason = listed.get(key(path, original, mutant.get("replacement", "")))
        state = "Equivalent" if status in ("Survived", "NoCoverage") and reason else status
        counts = per_file.setdefault(os.path.basename(path), {})
        counts[state] = counts.get(state, 0) + 1
        if status in ("Survived", "NoCoverage"):
            shown = lambda text: re.sub(r"\s+", " ", text).strip()[:70].replace("|", "\\|")
            rows.append(f"| {os.path.basename(path)} | {mutant['location']['start']['line']} | {mutant['mutatorName']} | "
                        f"`{shown(original)}` | `{shown(mutant.get('replacement', ''))}` | {'equivalent: ' + reason if reason else status.lower()} |")
    out = ["| file | line | mutator | original | replacement | verdict |", "| --- | --- | --- | --- | --- | --- |"] + rows
    out += ["", "| file | killed | timeout | survived | equivalent | score without the equivalent |", "| --- | --- | --- | --- | --- | --- |"]
    totals = {}
    for name, counts in sorted(per_file.items()):
        for state, count in counts.items():
            totals[state] = totals.get(state, 0) + count
        out.append(score_row(name, counts))
    out.append(score_row("**all**", totals))
    return "\n".join(out) + "\n"


def score_row(name, counts):
    killed, timeout = counts.get("Killed", 0), counts.get("Timeout", 0)
    survived, equivalent = counts.get("Survived", 0) + counts.get("NoCoverage", 0), counts.get("Equivalent", 0)
    detected = killed + timeout
    score = detected / (detected + survived) * 100 if detected + survived else 100.0
    return f"| {name} | {killed} | {timeout} | {survived} | {equivalent} | {score:.1f} % |"


if __name__ == "__main__":
    main()
