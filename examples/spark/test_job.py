#!/usr/bin/env python3
"""Checks whosaid_job.py in local[2] against whosaid run directly.

    test_job.py --bin WHOSAID --work DIR

Run by test.sh, with the venv's python and spark-submit. Prints one line per
check and `N passed, M failed`; exits 1 when any check failed.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""), flush=True)


def direct(binary, input_path, args=()):
    with open(input_path, "rb") as f:
        p = subprocess.run([binary, "--jobs", "1", "--quiet", *args], stdin=f, capture_output=True)
    return p.returncode, p.stdout.decode("utf-8").splitlines()


def spark_job(work, name, input_path, job_args, whosaid_args=(), files=None):
    out = os.path.join(work, name)
    cmd = [os.path.join(os.path.dirname(sys.executable), "spark-submit"), "--master", "local[2]",
           "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=2",
           "--conf", "spark.ui.showConsoleProgress=false"]
    if files:
        cmd += ["--files", files]
    cmd += [os.path.join(here, "whosaid_job.py"), input_path, out, "--overwrite", *job_args]
    if whosaid_args:
        cmd += ["--", *whosaid_args]
    log = os.path.join(work, name + ".log")
    start = time.time()
    with open(log, "wb") as f:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=f)
    print(f"     ({name}: spark-submit took {time.time() - start:.1f} s, log {log})", flush=True)
    parts = sorted(glob.glob(os.path.join(out, "part-*")))
    lines = []
    for part in parts:
        with open(part, encoding="utf-8") as f:
            lines += f.read().splitlines()
    # spark-submit merges the Python driver's stderr into its stdout.
    stdout = p.stdout.decode("utf-8", "replace")
    messages = [l for l in stdout.splitlines() if l.startswith("whosaid_job:")]
    if p.returncode not in (0, 1):
        print("\n".join(messages), file=sys.stderr)
    return p.returncode, lines, messages, stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    work, binary = a.work, a.bin
    make = [sys.executable, os.path.join(here, "make_input.py")]

    # 1. A clean dump: records, order, Parquet and the leaderboard.
    clean = os.path.join(work, "clean.jsonl")
    subprocess.run([*make, "400", clean], check=True)
    code_d, want = direct(binary, clean)
    parquet = os.path.join(work, "parquet")
    code, got, _, stdout = spark_job(work, "clean-out", clean,
                                     ["--binary", os.path.basename(binary), "--min-partitions", "4",
                                      "--parquet", parquet, "--top", "5"], files=binary)
    check("clean: job exits 0 (whosaid direct too)", code == 0 and code_d == 0, f"job {code}, direct {code_d}")
    check("clean: 400 records", len(got) == 400 and len(want) == 400, f"{len(got)} / {len(want)}")
    check("clean: same records as whosaid direct, order aside", sorted(got) == sorted(want))
    check("clean: part files in name order = whosaid's output, byte for byte", got == want)
    counts = collections.Counter(q["speaker"]["name"] for line in want for q in json.loads(line)["quotes"]
                                 if q["speaker"] and q["speaker"]["name"])
    top = counts.most_common(1)[0][0] if counts else "?"
    check("clean: leaderboard printed, the most quoted speaker first among them", top in stdout, stdout[-500:])

    # 2. Malformed lines, whosaid arguments after --, an absolute --binary.
    bad = os.path.join(work, "malformed.jsonl")
    subprocess.run([*make, "300", bad, "--malformed"], check=True)
    extra = ["--per-quote", "--min-confidence", "0.8"]
    code_d, want_pq = direct(binary, bad, extra)
    code, got_pq, messages, _ = spark_job(work, "malformed-out", bad,
                                          ["--binary", os.path.abspath(binary), "--min-partitions", "3"], extra)
    check("malformed: job exits 1 like whosaid", code == 1 and code_d == 1, f"job {code}, direct {code_d}")
    errors = [m for m in messages if m.startswith("whosaid_job: error: partition ")]
    check("malformed: the 3 failures are reported with partition and line",
          len(errors) == 3 and any("3 articles failed" in m for m in messages), "\n".join(messages))
    check("malformed: per-quote records equal whosaid direct",
          got_pq == want_pq and len(want_pq) > 100, f"{len(got_pq)} / {len(want_pq)}")

    # 3. More partitions than articles: empty partitions make no records.
    tiny = os.path.join(work, "tiny.jsonl")
    subprocess.run([*make, "3", tiny], check=True)
    _, want_tiny = direct(binary, tiny)
    code, got_tiny, _, _ = spark_job(work, "tiny-out", tiny, ["--binary", binary, "--min-partitions", "8"])
    check("tiny: 8 partitions, 3 articles, 3 records", code == 0 and got_tiny == want_tiny,
          f"exit {code}, {len(got_tiny)} records")

    # 4. The Parquet table of run 1, read back.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "1").config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    rows = spark.read.parquet(os.path.join(parquet, "attributions")).collect()
    expected = set()
    speakers = collections.Counter()
    for line in want:
        r = json.loads(line)
        rid = r["id"] if isinstance(r["id"], str) else json.dumps(r["id"])
        for i, q in enumerate(r["quotes"]):
            name = q["speaker"]["name"] if q["speaker"] else None
            expected.add((rid, i, q["kind"], q["start"], q["end"], name, q["confidence"]))
            if name is not None:
                speakers[name] += 1
    have = {(r["id"], r["index"], r["kind"], r["start"], r["end"], r["speaker_name"], r["confidence"])
            for r in rows}
    check("parquet: one row per attribution", len(rows) == len(expected) == len(have),
          f"{len(rows)} rows, {len(expected)} attributions")
    check("parquet: rows equal the attributions of whosaid direct", have == expected,
          f"{len(have - expected)} extra, {len(expected - have)} missing")
    board = {r["name"]: r["quotes"] for r in spark.read.parquet(os.path.join(parquet, "leaderboard")).collect()}
    check("parquet: leaderboard counts equal counts from whosaid direct", board == dict(speakers),
          f"{len(board)} vs {len(speakers)} speakers")
    spark.stop()

    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
