#!/usr/bin/env python3
"""Groups the same quoted words across whosaid's records with Spark: `whosaid link`
as a second stage after whosaid_job.py.

    spark-submit link_job.py INPUT OUTPUT [--conflicts] [--min-partitions N] [--overwrite]

INPUT is whosaid's records (JSON Lines, one per article: the first stage's output
folder, a file, a glob, hdfs://, s3a://). OUTPUT gets part files of groups in the
format of `whosaid link` (docs/group.schema.json), in the order of each group's
first occurrence when read in name order: the same groups as `whosaid link` on
the same records, by the same rules (linkrules.py, shipped to the executors).

How it is distributed:

1. Each record's quotes become occurrences keyed by the hash of their normalised
   words; the distinct texts are one per key (reduceByKey).
2. Each text's 4-word windows are keyed by their hash; a window shared by two texts
   is a candidate pair (groupByKey), each pair once (distinct).
3. A pair meets its first text's words, then its second's (two joins), and is
   checked: a part or a near copy.
4. The links, one per linked pair, go to the driver: they leave out common phrases
   and join into groups with a union-find (memory for the linked texts only), and
   go back to the executors as a broadcast map text key -> group key.
5. The occurrences are grouped by group key (groupByKey), each group made into its
   JSON line, and sorted by first occurrence (sortByKey).

Exit status: 0 when every line was a record; 1 when some were not (the others are
grouped, the first messages printed); 2 for a usage error or a failed job.
"""

import argparse
import json
import os
import sys

from pyspark import AccumulatorParam
from pyspark.sql import SparkSession

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import linkrules as rules  # noqa: E402 - shipped to the executors with addPyFile below

MAX_MESSAGES = 50


class MessageList(AccumulatorParam):
    """Accumulates (count, first messages) from the tasks."""

    def zero(self, value):
        return (0, [])

    def addInPlace(self, a, b):
        return (a[0] + b[0], (a[1] + b[1])[:MAX_MESSAGES])


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="whosaid records: path, folder, glob or URI")
    p.add_argument("output", help="output folder of JSON Lines part files")
    p.add_argument("--conflicts", action="store_true", help="only the groups whose speakers conflict")
    p.add_argument("--min-partitions", type=int, default=None,
                   help="at least this many input partitions (default: Spark's splits)")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    return p.parse_args(argv)


def occurrences_of(messages):
    """(line, line number) -> ((ordinal, seq), occurrence) for each quote worth linking."""

    def run(pair):
        line, number = pair
        if not line.strip():
            return []
        try:
            record = json.loads(line)
        except ValueError as e:
            messages.add((1, [f"line {number + 1}: malformed JSON: {e}"]))
            return []
        if not isinstance(record, dict) or not isinstance(record.get("quotes"), list):
            messages.add((1, [f"line {number + 1}: no quotes array: not a whosaid record"]))
            return []
        return rules.occurrences(record, number)

    return run


def candidate_pairs(texts):
    """The distinct pairs (a, b), a < b, of texts that share a 4-word window."""
    grams = texts.flatMap(lambda kh: [(g, (kh[0], tile)) for g, tile in rules.gram_entries(kh[1])])
    return grams.groupByKey().flatMap(lambda g: rules.candidates(list(g[1]))).distinct()


def verified_links(pairs, texts):
    """(a, b, kind) for each pair that links."""
    with_a = pairs.join(texts).map(lambda x: (x[1][0], (x[0], x[1][1])))  # b -> (a, words of a)
    both = with_a.join(texts)  # b -> ((a, words of a), words of b)

    def check(x):
        b, ((a, wa), wb) = x
        kind = rules.linked(wa, wb)
        return [(a, b, kind, len(wa), len(wb))] if kind else []

    return both.flatMap(check)


def group_keys(links):
    """Text key -> group key for every linked text (on the driver)."""
    length = {}
    for a, b, _, na, nb in links:
        length[a], length[b] = na, nb
    kept = rules.unambiguous([(a, b, k) for a, b, k, _, _ in links], length)
    uf = rules.UnionFind()
    for a, b, _ in kept:
        uf.union(a, b)
    members = {}
    for k in length:
        members.setdefault(uf.find(k), []).append(k)
    out = {}
    for ks in members.values():
        best = min(ks, key=lambda k: (-length[k], k))
        for k in ks:
            out[k] = best
    return out


def input_files(sc, spec):
    """The files of INPUT in name order (a folder's part files, a glob's matches):
    Hadoop lists a folder in no set order, and the order of the records is the
    order of the groups and of their occurrences."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    files = []
    for item in spec.split(","):
        path = jvm.org.apache.hadoop.fs.Path(item)
        fs = path.getFileSystem(conf)
        matches = fs.globStatus(path) or []
        for status in sorted(matches, key=lambda st: st.getPath().toString()):
            if status.isDirectory():
                inside = [st.getPath() for st in fs.listStatus(status.getPath()) if st.isFile()]
                files += sorted((p.toString() for p in inside if not p.getName().startswith(("_", "."))))
            else:
                files.append(status.getPath().toString())
    if not files:
        raise RuntimeError(f"no input files in {spec}")
    return ",".join(files)


def main(argv):
    args = parse_args(argv)
    spark = SparkSession.builder.appName("whosaid-link").getOrCreate()
    sc = spark.sparkContext
    sc.addPyFile(os.path.join(here, "linkrules.py"))
    messages = sc.accumulator((0, []), MessageList())
    try:
        if args.overwrite:
            jvm = sc._jvm
            path = jvm.org.apache.hadoop.fs.Path(args.output)
            fs = path.getFileSystem(sc._jsc.hadoopConfiguration())
            if fs.exists(path):
                fs.delete(path, True)
        source = input_files(sc, args.input)
        lines = sc.textFile(source, args.min_partitions) if args.min_partitions else sc.textFile(source)
        occs = lines.zipWithIndex().flatMap(occurrences_of(messages)).cache()
        texts = (occs.filter(lambda x: len(x[1]["hashes"]) >= rules.PART_MIN)
                 .map(lambda x: (x[1]["key"], (x[0], x[1]["hashes"])))
                 .reduceByKey(lambda a, b: a if a[0] <= b[0] else b)
                 .mapValues(lambda v: v[1]).cache())
        links = verified_links(candidate_pairs(texts), texts).collect()
        keys = sc.broadcast(group_keys(links))
        conflicts_only = args.conflicts

        def make_group(g):
            key, items = g
            items = sorted(items, key=lambda x: x[0])
            record = rules.group_record(key, items)
            if record is None or (conflicts_only and not record["conflict"]):
                return []
            return [(items[0][0], json.dumps(record, ensure_ascii=False, separators=(",", ":")))]

        groups = (occs.map(lambda x: (keys.value.get(x[1]["key"], x[1]["key"]), x))
                  .groupByKey().flatMap(make_group))
        count = groups.count()
        groups.sortByKey().values().saveAsTextFile(args.output)
        print(f"whosaid_link: {len(links)} links, {count} groups in {args.output}", file=sys.stderr)
    except Exception as e:  # noqa: BLE001 - one line, not a Java stack trace
        print(f"whosaid_link: failed: {e}", file=sys.stderr)
        spark.stop()
        return 2
    failed, msgs = messages.value
    spark.stop()
    if failed:
        for m in msgs:
            print(f"whosaid_link: error: {m}", file=sys.stderr)
        more = f" (first {len(msgs)} shown)" if failed > len(msgs) else ""
        print(f"whosaid_link: {failed} lines failed{more}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
