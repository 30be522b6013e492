#!/usr/bin/env python3
"""Writes N articles as JSON Lines, made from the repository's own texts.

    make_input.py N OUT.jsonl [--malformed]

The texts of corpora/*.jsonl and corpora/example.txt are repeated in turn; the
ids vary (strings, numbers, non-ASCII, an object with an extra field), so that
no two records are alike and the output can be compared record by record.
With --malformed three lines cannot become records: one is not JSON, one has
no text, one is cut short; and a blank line is added (it gives no record).
"""
import glob
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
corpora = os.path.join(here, "..", "..", "corpora")


def texts():
    out = []
    for path in sorted(glob.glob(os.path.join(corpora, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    a = json.loads(line)
                    out.append((a["id"], a["text"]))
    with open(os.path.join(corpora, "example.txt"), encoding="utf-8") as f:
        out.append(("example", f.read()))
    return out


def main():
    n, out_path = int(sys.argv[1]), sys.argv[2]
    malformed = "--malformed" in sys.argv[3:]
    base = texts()
    with open(out_path, "w", encoding="utf-8") as out:
        for i in range(n):
            source, text = base[i % len(base)]
            if i % 7 == 3:
                record = {"id": 100000 + i, "text": text}  # a number
            elif i % 11 == 5:
                record = {"id": f"dépêche-{i}-{source}", "text": text, "lang": "xx"}
            else:
                record = {"id": f"{i:06d}-{source}", "source": "whosaid-spark-test", "text": text}
            out.write(json.dumps(record, ensure_ascii=(i % 2 == 0)) + "\n")
            if malformed and i == n // 5:
                out.write('{"id": "broken-1", "text": "no closing quote}\n')
            if malformed and i == n // 2 + 7:
                out.write('{"id": "broken-2", "body": "no text field"}\n\n')
            if malformed and i == 4 * n // 5 - 3:
                out.write('{"id": "broken-3", "text": "cut sh\n')


if __name__ == "__main__":
    main()
