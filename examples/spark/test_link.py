#!/usr/bin/env python3
"""Checks link_job.py in local[2] against `whosaid link` run directly.

    test_link.py --bin WHOSAID --work DIR

Run by test.sh after test_job.py. The input is invented articles in which the
same statements come back whole, in part, with a word changed and pinned on other
people, plus the repository's own texts repeated (make_input.py): whosaid_job.py
extracts them, link_job.py groups the records, and the groups must equal those of
`whosaid link` on whosaid's own records. Prints one line per check and
`N passed, M failed`; exits 1 when any check failed.
"""
import argparse
import glob
import json
import os
import random
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
results = []

STATEMENTS = [
    "We will rebuild the old harbour wall before the winter comes",
    "Nobody in this council ever voted to sell the playing fields behind the school",
    "The night bus to the coast will run every hour from the first of May",
    "Our volunteers cleared three kilometres of beach in a single afternoon",
    "I can tell you that the budget for the new clinic is already spent",
    "We are not going to close a single library while I am in charge of this city",
    "The bridge over the river will be closed to lorries from Monday morning",
    "Every school in the valley will get a new roof before the end of next year",
]
PEOPLE = [["Ann Lee", "Lee", "Mayor Ann Lee"], ["Bob Stone", "Stone"], ["Cara Diaz"], ["Dan Eze", "D. Eze"]]


def invented(n, seed=4):
    """n articles that print the statements whole, in part, changed, by various people."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        paragraphs = []
        for _ in range(rnd.randint(1, 3)):
            words = STATEMENTS[rnd.randrange(len(STATEMENTS))].split()
            person = PEOPLE[rnd.randrange(len(PEOPLE))]
            # Mostly one speaker per statement; now and then another, to make conflicts.
            name = person[rnd.randrange(len(person))]
            shape = rnd.randrange(6)
            if shape == 0:
                part = " ".join(words[2:9])
                paragraphs.append(f"{name} said the council was clear that \"{part}\" and left the meeting.")
                continue
            if shape == 1:
                words[rnd.randrange(len(words))] = rnd.choice(["new", "old", "every", "next"])
            paragraphs.append(f"\"{' '.join(words)},\" {name} said on {rnd.choice(['Monday', 'Friday'])}.")
        out.append({"id": f"inv-{i}", "text": "\n\n".join(paragraphs)})
    return out


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""), flush=True)


def spark_submit(work, name, script, args, files=None):
    cmd = [os.path.join(os.path.dirname(sys.executable), "spark-submit"), "--master", "local[2]",
           "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=2",
           "--conf", "spark.ui.showConsoleProgress=false"]
    if files:
        cmd += ["--files", files]
    cmd += [os.path.join(here, script), *args]
    log = os.path.join(work, name + ".log")
    start = time.time()
    with open(log, "wb") as f:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=f)
    print(f"     ({name}: spark-submit took {time.time() - start:.1f} s, log {log})", flush=True)
    return p.returncode, p.stdout.decode("utf-8", "replace")


def parts(folder):
    lines = []
    for part in sorted(glob.glob(os.path.join(folder, "part-*"))):
        with open(part, encoding="utf-8") as f:
            lines += f.read().splitlines()
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    work, binary = a.work, a.bin

    dump = os.path.join(work, "link-articles.jsonl")
    subprocess.run([sys.executable, os.path.join(here, "make_input.py"), "120", dump], check=True)
    with open(dump, "a", encoding="utf-8") as f:
        for article in invented(300):
            f.write(json.dumps(article) + "\n")

    # Stage 1 on Spark; whosaid link on its records, and link_job.py on them.
    records = os.path.join(work, "link-records")
    code, _ = spark_submit(work, "link-stage1", "whosaid_job.py",
                           [dump, records, "--overwrite", "--min-partitions", "3", "--binary", binary])
    check("stage 1: whosaid_job.py exits 0", code == 0, f"exit {code}")
    record_files = sorted(glob.glob(os.path.join(records, "part-*")))
    direct = subprocess.run([binary, "link", "-q", *record_files], capture_output=True)
    want = direct.stdout.decode("utf-8").splitlines()
    groups = os.path.join(work, "link-groups")
    code, _ = spark_submit(work, "link-stage2", "link_job.py", [records, groups, "--overwrite", "--min-partitions", "3"])
    got = parts(groups)
    check("stage 2: link_job.py exits 0 (whosaid link too)", code == 0 and direct.returncode == 0,
          f"job {code}, direct {direct.returncode}")
    parsed_want = [json.loads(l) for l in want]
    check("the input makes groups of every kind",
          len(parsed_want) >= 8 and any(g["conflict"] for g in parsed_want)
          and any(len({o["text"] for o in g["occurrences"]}) > 1 for g in parsed_want),
          f"{len(parsed_want)} groups")
    check("stage 2: the same groups as whosaid link, in the same order",
          [json.loads(l) for l in got] == parsed_want, f"{len(got)} / {len(want)} groups")

    # Only conflicts, with a line that is no record and one that is no JSON.
    bad = os.path.join(work, "link-bad.jsonl")
    with open(bad, "w", encoding="utf-8") as f:
        f.write('{"id": "x", "text": "an article, not a record"}\n{"id": "y", "quotes": [\n')
    direct = subprocess.run([binary, "link", "-q", "--conflicts", *record_files, bad], capture_output=True)
    want = direct.stdout.decode("utf-8").splitlines()
    conflicts = os.path.join(work, "link-conflicts")
    code, stdout = spark_submit(work, "link-conflicts", "link_job.py",
                                [records + "," + bad, conflicts, "--overwrite", "--conflicts"])
    got = parts(conflicts)
    check("conflicts: exit 1 for the 2 bad lines, like whosaid link", code == 1 and direct.returncode == 1,
          f"job {code}, direct {direct.returncode}")
    check("conflicts: both bad lines said", stdout.count("whosaid_link: error: line ") == 2, stdout[-400:])
    check("conflicts: the same groups as whosaid link --conflicts",
          len(want) > 0 and [json.loads(l) for l in got] == [json.loads(l) for l in want],
          f"{len(got)} / {len(want)} groups")

    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
