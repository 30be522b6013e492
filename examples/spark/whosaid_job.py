#!/usr/bin/env python3
"""Run whosaid over a JSON Lines dump with Spark.

    spark-submit [--files /path/to/whosaid] whosaid_job.py INPUT OUTPUT
        [--binary PATH] [--min-partitions N] [--parquet DIR] [--top N]
        [--overwrite] [-- WHOSAID_ARGS...]

INPUT is anything `SparkContext.textFile` reads: a local path, a folder, a glob,
`hdfs://...`, `s3a://...`, a `.gz` file (not splittable: one partition). Each
line is one article object (`{"id", "text"}`; other fields are ignored, and
`--id-field`/`--text-field` after `--` choose other ones).

OUTPUT is a folder of `part-NNNNN` files in whosaid's record format (one record
per article, or per attribution with `-- --per-quote`). Read in name order the
part files are in input order, exactly what `whosaid < INPUT` prints.

With `--parquet DIR` the records are also written as a Parquet table with one
row per attribution (`DIR/attributions`) and a speaker leaderboard computed
with Spark SQL (`DIR/leaderboard`, top `--top` rows printed).

Exit status: 0 when every article got a record, 1 when any failed (like
whosaid: the others are still written, and the first messages are printed),
2 for a usage error or a failed job.

How the work is split (see README.md, "Spark and Hadoop streaming"):

- One Spark task per input partition, one whosaid process per task. Spark runs
  one task per executor core (`spark.task.cpus`, default 1), so each process
  gets `--jobs` = `spark.task.cpus` worker threads: whosaid's default (all the
  machine's cores) would run cores x cores threads on a busy executor.
- A partition should be large: a process starts in a few milliseconds but then
  streams at the speed of one core (6-9 MB/s of text on this machine), so
  the default input splits of `textFile` (one per HDFS block or
  `fs.local.block.size`, 32-128 MB) are fine. Use `--min-partitions` only to get
  at least 2-4 partitions per core when the input is small. whosaid holds at
  most 2,048 articles or 32 MiB of text at a time, so memory does not grow with
  the partition.
- Why not `RDD.pipe`: it passes no environment by default (PATH is empty), does
  not capture stderr, and either ignores the exit status (whosaid exits 1 when
  one line of a partition is malformed: its message would only be in the
  executor log) or, with `checkCode=True`, fails and retries the whole task for
  that one line. Its writer thread is not joined, so an error while reading the
  input can end the process' stdin early and lose the rest of the partition
  without failing the task. The function below feeds stdin from a thread,
  collects stderr from another, re-raises writer errors, and turns whosaid's
  exit status into: 0 fine; 1 some articles failed (counted, messages kept,
  the job goes on); anything else a task failure.
"""

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading

from pyspark import AccumulatorParam, SparkFiles
from pyspark.sql import SparkSession

# Kept in the list of messages sent back to the driver, per job.
MAX_MESSAGES = 50

# The record format (docs/record.schema.json) as a Spark schema. It is given,
# not inferred: one pass less over the output, the same types for every dump
# (an `id` that is a number arrives as its JSON text), and fields that a later
# whosaid adds are ignored until they are listed here.
SPEAKER = ("STRUCT<text: STRING, start: BIGINT, `end`: BIGINT, name: STRING, "
           "kind: STRING, resolution: STRING, country: STRING>")
CUE = "STRUCT<text: STRING, lemma: STRING, start: BIGINT, `end`: BIGINT>"
QUOTE = [("kind", "STRING"), ("text", "STRING"), ("start", "BIGINT"), ("`end`", "BIGINT"),
         ("speaker", SPEAKER), ("cue", CUE), ("confidence", "DOUBLE"),
         ("fragments", "ARRAY<STRUCT<start: BIGINT, `end`: BIGINT>>")]
ARTICLE_SCHEMA = (
    "id STRING, lang STRING, "
    "quotes ARRAY<STRUCT<" + ", ".join(f"{n}: {t}" for n, t in QUOTE) + ">>, "
    "speakers ARRAY<STRUCT<name: STRING, kind: STRING, mentions: ARRAY<STRING>, quotes: BIGINT>>")
PER_QUOTE_SCHEMA = "id STRING, `index` BIGINT, " + ", ".join(f"{n} {t}" for n, t in QUOTE)


class MessageList(AccumulatorParam):
    """Accumulates (count, first messages) from the tasks."""

    def zero(self, value):
        return (0, [])

    def addInPlace(self, a, b):
        return (a[0] + b[0], (a[1] + b[1])[:MAX_MESSAGES])


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="JSON Lines dump: path, folder, glob or URI")
    p.add_argument("output", help="output folder of JSON Lines part files")
    p.add_argument("--binary", default="whosaid",
                   help="the whosaid binary: a name shipped with --files, a path, or a name on PATH "
                        "(default: whosaid)")
    p.add_argument("--min-partitions", type=int, default=None,
                   help="at least this many input partitions (default: Spark's splits)")
    p.add_argument("--parquet", metavar="DIR",
                   help="also write DIR/attributions and DIR/leaderboard as Parquet")
    p.add_argument("--top", type=int, default=20, help="leaderboard rows to print (default 20)")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT and DIR if they exist")
    rest = []
    if "--" in argv:
        i = argv.index("--")
        argv, rest = argv[:i], argv[i + 1:]
    args = p.parse_args(argv)
    for a in rest:
        if a.split("=")[0] in ("--jobs", "-j", "--quiet", "-q", "--input", "--help", "--version", "eval"):
            p.error(f"'{a}' is set by the job; leave it out of the whosaid arguments")
    args.whosaid_args = rest
    return args


def resolve_binary(name):
    """The whosaid executable on this executor, executable."""
    candidates = []
    shipped = SparkFiles.get(os.path.basename(name))
    candidates.append(shipped)
    if os.sep in name:
        candidates.append(os.path.abspath(name))
    found = shutil.which(name)
    if found:
        candidates.append(found)
    for c in candidates:
        if not os.path.isfile(c):
            continue
        if os.access(c, os.X_OK):
            return c
        # --files does not always keep the executable bit: use a private copy.
        copy = os.path.join(tempfile.mkdtemp(prefix="whosaid-"), "whosaid")
        shutil.copyfile(c, copy)
        os.chmod(copy, os.stat(copy).st_mode | stat.S_IXUSR)
        return copy
    raise RuntimeError(f"whosaid binary '{name}' not found (tried {candidates}); "
                       "ship it with spark-submit --files or give --binary a path on every node")


def make_partition_runner(binary_name, jobs, whosaid_args, messages):
    """The function that mapPartitionsWithIndex runs: one whosaid per partition."""

    def run(index, lines):
        first = next(lines, None)
        if first is None:
            return  # an empty partition starts no process
        binary = resolve_binary(binary_name)
        cmd = [binary, "--input", "jsonl", "--jobs", str(jobs), "--quiet", *whosaid_args]
        # Relative paths in whosaid's arguments (--entities, --cues) name files
        # shipped with --files: run in the folder that holds them.
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=SparkFiles.getRootDirectory())
        writer_error = []
        stderr_lines = []

        def feed():
            try:
                proc.stdin.write(first.encode("utf-8") + b"\n")
                for line in lines:
                    proc.stdin.write(line.encode("utf-8") + b"\n")
            except BrokenPipeError:
                pass  # whosaid stopped early: its exit status says why
            except BaseException as e:  # noqa: BLE001 - re-raised in the task below
                writer_error.append(e)
            finally:
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass

        def drain():
            for raw in proc.stderr:
                stderr_lines.append(raw.decode("utf-8", "replace").rstrip("\n"))

        threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain, daemon=True)]
        for t in threads:
            t.start()
        try:
            for raw in proc.stdout:
                yield raw[:-1].decode("utf-8") if raw.endswith(b"\n") else raw.decode("utf-8")
            code = proc.wait()
        finally:
            if proc.poll() is None:  # the task was cancelled while reading
                proc.kill()
                proc.wait()
        for t in threads:
            t.join()
        if writer_error:
            raise RuntimeError(f"partition {index}: reading the input failed") from writer_error[0]
        errors = [m for m in stderr_lines if m.startswith("whosaid: error:")]
        if code == 0 or (code == 1 and errors):
            if errors:
                # `whosaid: error: <stdin>:12: ...` -> `partition 3 line 12: ...`
                msgs = [m.replace("whosaid: error: <stdin>:", f"partition {index} line ", 1) for m in errors]
                messages.add((len(errors), msgs[:MAX_MESSAGES]))
            return
        tail = "\n".join(stderr_lines[-20:])
        raise RuntimeError(f"partition {index}: {' '.join(cmd)} exited with {code}:\n{tail}")

    return run


def delete_if_exists(spark, uri):
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    if fs.exists(path):
        fs.delete(path, True)


def write_parquet(spark, output, parquet_dir, per_quote, top, overwrite):
    """One row per attribution, and the speakers most quoted, with Spark SQL."""
    mode = "overwrite" if overwrite else "errorifexists"
    if per_quote:
        spark.read.schema(PER_QUOTE_SCHEMA).json(output).createOrReplaceTempView("quotes_flat")
        source = "SELECT * FROM quotes_flat"
    else:
        spark.read.schema(ARTICLE_SCHEMA).json(output).createOrReplaceTempView("articles")
        source = ("SELECT id, pos AS `index`, q.* FROM articles "
                  "LATERAL VIEW posexplode(quotes) t AS pos, q")
    rows = spark.sql(f"""
        SELECT id, `index`, kind, text, start, `end`, confidence,
               speaker.name AS speaker_name, speaker.kind AS speaker_kind,
               speaker.text AS speaker_text, speaker.resolution AS speaker_resolution,
               speaker.country AS speaker_country,
               cue.text AS cue_text, cue.lemma AS cue_lemma,
               size(fragments) AS fragments
        FROM ({source})""")
    rows.write.mode(mode).parquet(f"{parquet_dir}/attributions")
    spark.read.parquet(f"{parquet_dir}/attributions").createOrReplaceTempView("attributions")
    board = spark.sql("""
        SELECT speaker_name AS name, first(speaker_kind) AS kind,
               count(*) AS quotes, count(DISTINCT id) AS articles,
               sum(CASE WHEN kind = 'direct' THEN 1 ELSE 0 END) AS direct,
               sum(CASE WHEN kind = 'mixed' THEN 1 ELSE 0 END) AS mixed,
               sum(CASE WHEN kind = 'indirect' THEN 1 ELSE 0 END) AS indirect,
               round(avg(confidence), 3) AS mean_confidence
        FROM attributions
        WHERE speaker_name IS NOT NULL
        GROUP BY speaker_name
        ORDER BY quotes DESC, articles DESC, name""")
    board.coalesce(1).write.mode(mode).parquet(f"{parquet_dir}/leaderboard")
    count = spark.read.parquet(f"{parquet_dir}/attributions").count()
    print(f"whosaid_job: {count} attributions in {parquet_dir}/attributions", file=sys.stderr)
    spark.read.parquet(f"{parquet_dir}/leaderboard").orderBy(
        "quotes", "articles", "name", ascending=[False, False, True]).show(top, truncate=40)


def main(argv):
    args = parse_args(argv)
    spark = SparkSession.builder.appName("whosaid").getOrCreate()
    sc = spark.sparkContext
    jobs = int(sc.getConf().get("spark.task.cpus", "1"))
    messages = sc.accumulator((0, []), MessageList())
    try:
        if args.overwrite:
            delete_if_exists(spark, args.output)
        lines = sc.textFile(args.input, args.min_partitions) if args.min_partitions else sc.textFile(args.input)
        runner = make_partition_runner(args.binary, jobs, args.whosaid_args, messages)
        lines.mapPartitionsWithIndex(runner).saveAsTextFile(args.output)
        print(f"whosaid_job: {lines.getNumPartitions()} partitions, --jobs {jobs} per task, "
              f"records in {args.output}", file=sys.stderr)
        if args.parquet:
            write_parquet(spark, args.output, args.parquet, "--per-quote" in args.whosaid_args,
                          args.top, args.overwrite)
    except Exception as e:  # noqa: BLE001 - one line, not a Java stack trace
        print(f"whosaid_job: failed: {e}", file=sys.stderr)
        spark.stop()
        return 2
    failed, msgs = messages.value
    spark.stop()
    if failed:
        for m in msgs:
            print(f"whosaid_job: error: {m}", file=sys.stderr)
        more = f" (first {len(msgs)} shown)" if failed > len(msgs) else ""
        print(f"whosaid_job: {failed} articles failed{more}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
